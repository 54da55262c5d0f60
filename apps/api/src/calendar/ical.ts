import { TIME_ZONE } from '@elinvoima/domain';

/**
 * A small iCalendar (RFC 5545) writer: text escaping, line folding at 75 octets, CRLF line ends,
 * local times in Europe/Helsinki with its VTIMEZONE, and the iTIP methods for invitations.
 */

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** When this version of the event was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  url?: string | null;
  description?: string | null;
  cancelled: boolean;
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
  lastModified?: Date;
  created?: Date;
}

export interface CalendarDocument {
  method?: CalendarMethod;
  /** Shown by calendar apps as the subscribed calendar's name. */
  name?: string;
  events: CalendarEvent[];
}

const PRODID = '-//Elinvoima//Kokoukset 1.0//FI';

/** Europe/Helsinki since 1983: EET, with EU summer time (last Sunday of March 03.00 to last Sunday of October 04.00). */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A quoted parameter value (RFC 5545 3.2): no double quotes or control characters inside. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '').trim()}"`;
}

/** Folds a content line so that no line is longer than 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20181121T120000Z` */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Helsinki, as `20181121T140000`. */
export function helsinkiLocal(date: Date): string {
  const parts = Object.fromEntries(HELSINKI_PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

function person(property: 'ORGANIZER' | 'ATTENDEE', p: CalendarPerson, extra = ''): string {
  const cn = p.name ? `;CN=${paramValue(p.name)}` : '';
  return `${property}${cn}${extra}:mailto:${p.email}`;
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=${TIME_ZONE}:${helsinkiLocal(event.start)}`,
    `DTEND;TZID=${TIME_ZONE}:${helsinkiLocal(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('TRANSP:OPAQUE');
  if (event.created) lines.push(`CREATED:${utcStamp(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(event.lastModified)}`);
  if (event.organizer) lines.push(person('ORGANIZER', event.organizer));
  for (const attendee of event.attendees ?? []) {
    lines.push(
      person('ATTENDEE', attendee, ';CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE'),
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar object as text with CRLF line ends. */
export function renderCalendar(doc: CalendarDocument): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN'];
  if (doc.method) lines.push(`METHOD:${doc.method}`);
  if (doc.name) lines.push(`X-WR-CALNAME:${escapeText(doc.name)}`);
  lines.push(`X-WR-TIMEZONE:${TIME_ZONE}`);
  lines.push(...HELSINKI_VTIMEZONE);
  for (const event of doc.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The UID of a meeting's event: the same in every invitation and feed, whatever changes. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@elinvoima`;
}
