import { useMutation, useQuery } from '@apollo/client/react';
import {
  OutboxDocument,
  type OutboxQuery,
  SendOutboxMessageDocument,
  SendOutboxMessagesDocument,
} from '@elinvoima/graphql';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { requestError } from '../../lib/errors';

export type OutboxMessage = OutboxQuery['outbox']['messages'][number];
export type OutboxMeeting = OutboxQuery['outbox']['meetings'][number];

/** A meeting's messages, or (without a meeting) the group's sign-in invitations. */
export interface MessageBatch {
  meeting: OutboxMeeting | null;
  messages: OutboxMessage[];
}

const POLL_MS = 3000;

/** What can still be sent by hand: held for want of a mail server, or given up on. */
export function isUnsent(message: Pick<OutboxMessage, 'status'>): boolean {
  return message.status === 'HELD' || message.status === 'FAILED';
}

/** Messages by meeting, in the order of their newest message; the sign-in invitations last. */
export function batchesOf(messages: OutboxMessage[], meetings: OutboxMeeting[]): MessageBatch[] {
  const byMeeting = new Map<string | null, OutboxMessage[]>();
  for (const message of messages) {
    const key = message.meetingId ?? null;
    byMeeting.set(key, [...(byMeeting.get(key) ?? []), message]);
  }
  const batches = [...byMeeting].map(([id, list]) => ({
    meeting: meetings.find((meeting) => meeting.id === id) ?? null,
    messages: list,
  }));
  return [...batches.filter((b) => b.meeting), ...batches.filter((b) => !b.meeting)];
}

/** The group's outbox, and sending its unsent messages once a mail server is configured. */
export function useOutbox(groupId: string) {
  const { t } = useI18n();
  const query = useQuery(OutboxDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const [sendOne] = useMutation(SendOutboxMessageDocument);
  const [sendMany] = useMutation(SendOutboxMessagesDocument);
  /** What is being sent: a message's id, a meeting's id, or the whole group's. */
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function run(key: string, count: number, send: () => Promise<unknown>): Promise<void> {
    if (busy) return;
    setBusy(key);
    setStatus('');
    setError('');
    try {
      await send();
      setStatus(count > 0 ? t('outbox.queued', { count }) : t('outbox.nothingToSend'));
    } catch (failure) {
      setError(requestError(failure, t('error.network')).message);
    } finally {
      setBusy(null);
    }
  }

  const messages = query.data?.outbox.messages ?? [];
  // While something is on its way, the page follows it until it is sent or has failed.
  const underway = messages.some((m) => m.status === 'PENDING');
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!underway) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [underway, startPolling, stopPolling]);

  return {
    ...query,
    busy,
    status,
    error,
    send: (message: OutboxMessage) =>
      run(message.id, isUnsent(message) ? 1 : 0, () => sendOne({ variables: { input: { id: message.id } } })),
    sendMeeting: (meetingId: string) =>
      run(meetingId, messages.filter((m) => m.meetingId === meetingId && isUnsent(m)).length, () =>
        sendMany({ variables: { input: { groupId, meetingId } } }),
      ),
    sendAll: () =>
      run(groupId, messages.filter(isUnsent).length, () => sendMany({ variables: { input: { groupId } } })),
  };
}
