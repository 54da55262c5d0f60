import { AGENDA_LIMITS, formatPeriod } from '@elinvoima/domain';
import { type FormEvent, useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ModalDialog, useModalDialog } from '../../ui/modal-dialog';
import { type CancellableMeeting, useCancelMeeting } from './use-cancel-meeting';
import './meetings.css';

interface Props {
  meeting: CancellableMeeting;
  onCancelled(): void;
  /** A newer version exists: the page reloads the meeting. */
  onConflict(): void;
}

/** "Peru kokous" and its modal dialog, which asks for the reason the members will be told. */
export function CancelMeetingDialog({ meeting, onCancelled, onConflict }: Props) {
  const { t, locale } = useI18n();
  const ids = { title: useId(), intro: useId(), reason: useId() };
  const cancel = useCancelMeeting(meeting, onConflict);
  const modal = useModalDialog(cancel.reasonField);
  const { reasonError, otherError, cancelling } = cancel;
  const described = [`${ids.reason}-hint`, reasonError && `${ids.reason}-error`].filter(Boolean).join(' ');

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!(await cancel.confirm(event))) return;
    modal.close();
    onCancelled();
  }

  return (
    <>
      <button
        ref={modal.opener}
        type="button"
        className="button button--quiet button--danger"
        onClick={() => {
          cancel.reset();
          modal.open();
        }}
      >
        {t('meeting.cancel')}
      </button>
      <ModalDialog modal={modal} labelledBy={ids.title} describedBy={ids.intro}>
        <form onSubmit={submit} noValidate className="form">
          <h2 id={ids.title}>{t('meeting.cancelTitle')}</h2>
          <p id={ids.intro}>
            {t('meeting.cancelIntro', {
              title: meeting.title,
              time: formatPeriod(meeting.startsAt, meeting.endsAt, locale),
            })}
          </p>
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
              ref={cancel.reasonField}
              id={ids.reason}
              name="reason"
              rows={3}
              required
              maxLength={AGENDA_LIMITS.reasonMax}
              value={cancel.reason}
              onChange={(e) => cancel.setReason(e.target.value)}
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
            <button type="submit" className="button button--danger-solid" disabled={cancelling} aria-busy={cancelling}>
              {cancelling ? t('meeting.cancelling') : t('meeting.cancelConfirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={modal.close}>
              {t('meeting.cancelKeep')}
            </button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
