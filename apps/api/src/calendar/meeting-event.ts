import { MeetingStatus } from '@elinvoima/domain';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { type CalendarEvent, type CalendarPerson, meetingUid } from './ical.js';

/** The web client's address of a meeting; it redirects to the meeting's page in its group. */
export function meetingLink(publicUrl: string, meetingId: string): string {
  return `${publicUrl}/kokoukset/${meetingId}`;
}

/** A meeting as a calendar event: one UID for its whole life, SEQUENCE raised by every change that matters to calendars. */
export function meetingEvent(
  meeting: MeetingEntity,
  groupName: string,
  publicUrl: string,
  people: { organizer?: CalendarPerson; attendees?: CalendarPerson[] } = {},
): CalendarEvent {
  const link = meetingLink(publicUrl, meeting.id);
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const description = [cancelled && meeting.cancelReason ? meeting.cancelReason : null, meeting.onlineUrl, link]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: meetingUid(meeting.id),
    sequence: meeting.sequence,
    stamp: meeting.updatedAt,
    created: meeting.createdAt,
    lastModified: meeting.updatedAt,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: `${groupName}: ${meeting.title}`,
    location: [meeting.location, meeting.onlineUrl].filter(Boolean).join(', ') || null,
    url: link,
    description,
    cancelled,
    ...people,
  };
}
