import { useMutation } from '@apollo/client/react';
import { AGENDA_LIMITS, formatPeriod } from '@elinvoima/domain';
import { CancelMeetingDocument } from '@elinvoima/graphql';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import './meetings.css';

interface Props {
  meeting: { id: string; title: string; startsAt: string; endsAt: string; version: number };
  onCancelled(): void;
  /** A newer version exists: the page reloads the meeting. */
  onConflict(): void;
}

/**
 * "Peru kokous" and its modal dialog. The native modal dialog makes the page behind it inert and
 * closes on Escape; Tab goes round its controls, and on closing focus returns to the opener.
 */
export function CancelMeetingDialog({ meeting, onCancelled, onConflict }: Props) {
  const { t, locale } = useI18n();
  const ids = { title: useId(), intro: useId(), reason: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [cancelMeeting, { loading }] = useMutation(CancelMeetingDocument);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  // The dialog's content exists only while it is open, so the page's text is not repeated in it.
  const [isOpen, setOpen] = useState(false);

  useEffect(() => {
    if (!isOpen || dialog.current?.open) return;
    dialog.current?.showModal();
    reasonField.current?.focus();
  }, [isOpen]);

  function open() {
    setReason('');
    setError(null);
    setMissing(false);
    setOpen(true);
  }

  function closed() {
    setOpen(false);
    if (opener.current?.isConnected) opener.current.focus();
  }

  function close() {
    dialog.current?.close();
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setMissing(true);
      reasonField.current?.focus();
      return;
    }
    setMissing(false);
    try {
      await cancelMeeting({ variables: { input: { id: meeting.id, version: meeting.version, reason: reason.trim() } } });
      dialog.current?.close();
      onCancelled();
    } catch (failure) {
      const parsed = apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] };
      setError(parsed);
      if (parsed.code === 'CONFLICT') onConflict();
      reasonField.current?.focus();
    }
  }

  /** Tab from the last control returns to the first (and Shift+Tab the other way), in every browser. */
  function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return;
    const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('textarea, input, select, button, a[href]')].filter((c) => !c.hasAttribute('disabled'));
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    }
  }

  const reasonError = missing ? t('form.requiredField') : fieldMessage(error, 'reason');
  const otherError = error && !fieldMessage(error, 'reason') ? (error.fields[0]?.message ?? error.message) : null;
  const described = [`${ids.reason}-hint`, reasonError && `${ids.reason}-error`].filter(Boolean).join(' ');

  return (
    <>
      <button ref={opener} type="button" className="button button--quiet button--danger" onClick={open}>
        {t('meeting.cancel')}
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={ids.title}
        aria-describedby={ids.intro}
        onKeyDown={keepFocusInside}
        onClose={closed}
      >
        {isOpen && (
          <form onSubmit={confirm} noValidate className="form">
            <h2 id={ids.title}>{t('meeting.cancelTitle')}</h2>
            <p id={ids.intro}>{t('meeting.cancelIntro', { title: meeting.title, time: formatPeriod(meeting.startsAt, meeting.endsAt, locale) })}</p>
            <div role="alert">{otherError && <p className="notice notice--error">{otherError}</p>}</div>
            <div className={`field${reasonError ? ' field--invalid' : ''}`}>
              <label htmlFor={ids.reason}>
                {t('meeting.cancelReason')}
                <span className="field__required"> ({t('form.required')})</span>
              </label>
              <p id={`${ids.reason}-hint`} className="field__hint">
                {t('meeting.cancelReasonHint')}
              </p>
              <textarea
                ref={reasonField}
                id={ids.reason}
                name="reason"
                rows={3}
                required
                maxLength={AGENDA_LIMITS.reasonMax}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={described}
              />
              {reasonError && (
                <p id={`${ids.reason}-error`} className="field__error">
                  {reasonError}
                </p>
              )}
            </div>
            <div className="toolbar">
              <button type="submit" className="button button--danger-solid" disabled={loading} aria-busy={loading}>
                {loading ? t('meeting.cancelling') : t('meeting.cancelConfirm')}
              </button>
              <button type="button" className="button button--quiet" onClick={close}>
                {t('meeting.cancelKeep')}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
