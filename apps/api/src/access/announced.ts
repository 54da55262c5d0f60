import { MeetingStatus } from '@elinvoima/domain';

/**
 * SQL: members see the meeting `alias` once its agenda has been published. A draft, or a meeting
 * cancelled before its agenda was published, was never announced: it stays the managers' business.
 */
export function announcedToMembers(alias: string): string {
  return (
    `(${alias}.status <> '${MeetingStatus.DRAFT}' AND ` +
    `(${alias}.status <> '${MeetingStatus.CANCELLED}' OR ${alias}.agenda_published_at IS NOT NULL))`
  );
}

/** The same rule for a loaded meeting. */
export function isAnnounced(meeting: { status: string; agendaPublishedAt: Date | string | null }): boolean {
  if (meeting.status === MeetingStatus.DRAFT) return false;
  return meeting.status !== MeetingStatus.CANCELLED || meeting.agendaPublishedAt !== null;
}
