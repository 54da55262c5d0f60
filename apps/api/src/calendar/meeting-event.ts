import { Locale, MeetingStatus } from '@elinvoima/domain';
import { translate } from '../i18n/translate.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import type { CalendarAgendaLine } from './calendar-agenda.js';
import { type CalendarEvent, type CalendarPerson, meetingUid } from './ical.js';

/** The web client's address of a meeting; it redirects to the meeting's page in its group. */
export function meetingLink(publicUrl: string, meetingId: string): string {
  return `${publicUrl}/kokoukset/${meetingId}`;
}

export interface MeetingEventOptions {
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
  /** The meeting's items; listed only once the agenda is published, so a draft never leaves the app. */
  agenda?: readonly CalendarAgendaLine[];
  /** The reader's language, for the agenda's heading. */
  locale?: Locale;
}

/** `§ 2 Future Savo -hanke (Ville Keränen, SavoGrow)`, as in the invitation's text: the agenda, readable offline. */
function agendaText(lines: readonly CalendarAgendaLine[], locale: Locale): string {
  const items = lines.map((line) => `§ ${line.position} ${line.title}${line.presenter ? ` (${line.presenter})` : ''}`);
  return [translate('calendar.agendaHeading', {}, locale), ...items].join('\n');
}

/** A meeting as a calendar event: one UID for its whole life, SEQUENCE raised by every change that matters to calendars. */
export function meetingEvent(
  meeting: MeetingEntity,
  groupName: string,
  publicUrl: string,
  { agenda = [], locale = Locale.FI, ...people }: MeetingEventOptions = {},
): CalendarEvent {
  const link = meetingLink(publicUrl, meeting.id);
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const published = meeting.status === MeetingStatus.AGENDA_PUBLISHED;
  const description = [
    cancelled && meeting.cancelReason ? meeting.cancelReason : null,
    published && agenda.length ? agendaText(agenda, locale) : null,
    meeting.onlineUrl,
    link,
  ]
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
