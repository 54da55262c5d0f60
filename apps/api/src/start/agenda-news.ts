import { MeetingStatus } from '@elinvoima/domain';
import { registerEnumType } from '@nestjs/graphql';

/** What the viewer has not read yet of a published agenda. */
export enum AgendaNews {
  /** Published and not opened since. */
  NEW = 'NEW',
  /** Opened, and changed after that. */
  CHANGED = 'CHANGED',
}
registerEnumType(AgendaNews, {
  name: 'AgendaNews',
  valuesMap: {
    NEW: { description: 'The agenda was published after the viewer last opened the meeting (or they never did)' },
    CHANGED: { description: 'The agenda changed after the viewer last opened the meeting' },
  },
});

/** The table of when each person last opened each meeting; `agendaNewsOf` reads it as `seen`. */
export const SEEN_TABLE = 'agenda_seen';

/** SQL: the condition joining `seen` to meeting `meeting` for the viewer, whom `userParameter` names. */
export function seenBy(meeting: string, userParameter: string): string {
  return `seen.meeting_id = ${meeting}.id AND seen.user_id = ${userParameter}`;
}

/**
 * SQL: the AgendaNews of meeting `meeting` for the viewer that `seen` was joined for (`seenBy`), or NULL when there is
 * nothing unread. A change is one the agenda recorded after publishing (items, time, place).
 */
export function agendaNewsOf(meeting: string): string {
  return `CASE
    WHEN ${meeting}.status <> '${MeetingStatus.AGENDA_PUBLISHED}' OR ${meeting}.agenda_published_at IS NULL THEN NULL
    WHEN seen.seen_at IS NULL OR seen.seen_at < ${meeting}.agenda_published_at THEN '${AgendaNews.NEW}'
    WHEN EXISTS (SELECT 1 FROM agenda_change c WHERE c.meeting_id = ${meeting}.id AND c.created_at > seen.seen_at)
      THEN '${AgendaNews.CHANGED}'
  END`;
}
