import { useMutation } from '@apollo/client/react';
import { CancelMeetingDocument } from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { type ApiError, fieldMessage, requestError } from '../../lib/errors';

export interface CancellableMeeting {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  version: number;
}

/** Cancelling a meeting needs a reason; a newer version of the meeting calls `onConflict` to reload it. */
export function useCancelMeeting(meeting: CancellableMeeting, onConflict: () => void) {
  const { t } = useI18n();
  const [cancelMeeting, { loading }] = useMutation(CancelMeetingDocument);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);

  function reset() {
    setReason('');
    setError(null);
    setMissing(false);
  }

  /** True once the meeting is cancelled; otherwise the problem is shown and the reason keeps the focus. */
  async function confirm(event: FormEvent<HTMLFormElement>): Promise<boolean> {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setMissing(true);
      reasonField.current?.focus();
      return false;
    }
    setMissing(false);
    try {
      await cancelMeeting({
        variables: { input: { id: meeting.id, version: meeting.version, reason: reason.trim() } },
      });
      return true;
    } catch (failure) {
      const parsed = requestError(failure, t('error.network'));
      setError(parsed);
      if (parsed.code === 'CONFLICT') onConflict();
      reasonField.current?.focus();
      return false;
    }
  }

  return {
    reasonField,
    reason,
    setReason,
    reset,
    confirm,
    cancelling: loading,
    reasonError: missing ? t('form.requiredField') : fieldMessage(error, 'reason'),
    otherError: error && !fieldMessage(error, 'reason') ? (error.fields[0]?.message ?? error.message) : null,
  };
}
