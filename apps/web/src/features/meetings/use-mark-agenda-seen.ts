import { useMutation } from '@apollo/client/react';
import { MarkAgendaSeenDocument } from '@elinvoima/graphql';
import { useEffect } from 'react';

/**
 * Opening a meeting's page reads its agenda: the start page stops marking it new or changed. Once
 * per published agenda shown; the answer updates the meeting in the cache, so the mark goes at once.
 */
export function useMarkAgendaSeen(meeting: { id: string; agendaPublishedAt?: string | null } | undefined): void {
  const [mark] = useMutation(MarkAgendaSeenDocument);
  const meetingId = meeting?.agendaPublishedAt ? meeting.id : undefined;
  useEffect(() => {
    // Only a reminder is lost if this fails; the page itself stays as it is.
    if (meetingId) mark({ variables: { meetingId } }).catch(() => undefined);
  }, [meetingId, mark]);
}
