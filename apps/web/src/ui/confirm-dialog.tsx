import { type ReactNode, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { ModalDialog, useModalDialog } from './modal-dialog';

interface Props {
  /** The button on the page that asks: its text, its accessible name if the text is not enough, its look. */
  opener: { label: ReactNode; name?: string; className: string; disabled?: boolean; busy?: boolean };
  title: string;
  /** What will happen, and anything to know before it does. */
  children: ReactNode;
  confirmLabel: string;
  /** A destructive action: the confirming button is red, and the focus starts on the safe choice. */
  danger?: boolean;
  onConfirm(): void;
}

/**
 * A button and the modal question it asks before acting. Cancel (or Escape) leaves everything as it
 * was and returns the focus to the button; confirming closes the dialog and calls `onConfirm`.
 */
export function ConfirmDialog({ opener, title, children, confirmLabel, danger = false, onConfirm }: Props) {
  const { t } = useI18n();
  const ids = { title: useId(), body: useId() };
  const confirmButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(danger ? cancelButton : confirmButton);

  function confirm() {
    modal.close();
    onConfirm();
  }

  return (
    <>
      <button
        ref={modal.opener}
        type="button"
        className={opener.className}
        aria-label={opener.name}
        disabled={opener.disabled}
        aria-busy={opener.busy || undefined}
        onClick={modal.open}
      >
        {opener.label}
      </button>
      <ModalDialog modal={modal} labelledBy={ids.title} describedBy={ids.body}>
        <h2 id={ids.title}>{title}</h2>
        <div id={ids.body} className="dialog__body">
          {children}
        </div>
        <div className="toolbar">
          <button
            ref={confirmButton}
            type="button"
            className={`button ${danger ? 'button--danger-solid' : 'button--primary'}`}
            onClick={confirm}
          >
            {confirmLabel}
          </button>
          <button ref={cancelButton} type="button" className="button button--quiet" onClick={modal.close}>
            {t('common.cancel')}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
