import { formatDateTime, formatPeriod, type Locale } from '@elinvoima/domain';
import { translate } from '../i18n/translate.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { OutboxKind } from './outbox-message.entity.js';

export interface AgendaLine {
  position: number;
  title: string;
  /** "Ville Keränen, Kehitysyhtiö SavoGrow Oy", or empty. */
  presenter: string;
}

/** The messages about a meeting; account mail is composed elsewhere. */
export type MeetingMailKind = OutboxKind.INVITATION | OutboxKind.UPDATE | OutboxKind.CANCELLATION;

export interface InvitationContent {
  kind: MeetingMailKind;
  meeting: MeetingEntity;
  groupName: string;
  agenda: AgendaLine[];
  link: string;
  recipientName: string;
  locale: Locale;
}

export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
}

const SUBJECT = {
  [OutboxKind.INVITATION]: 'mail.subject.invitation',
  [OutboxKind.UPDATE]: 'mail.subject.update',
  [OutboxKind.CANCELLATION]: 'mail.subject.cancellation',
} as const;
const LEAD = {
  [OutboxKind.INVITATION]: 'mail.lead.invitation',
  [OutboxKind.UPDATE]: 'mail.lead.update',
  [OutboxKind.CANCELLATION]: 'mail.lead.cancellation',
} as const;

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** The invitation, change notice or cancellation as plain text and simple HTML, in the recipient's language. */
export function composeInvitation(c: InvitationContent): ComposedMessage {
  const t = (key: Parameters<typeof translate>[0], params: Record<string, string> = {}) =>
    translate(key, params, c.locale);
  const when = formatPeriod(c.meeting.startsAt, c.meeting.endsAt, c.locale);
  const subject = t(SUBJECT[c.kind], { title: c.meeting.title, when: formatDateTime(c.meeting.startsAt, c.locale) });
  const details: [string, string][] = [[t('mail.time'), when]];
  if (c.meeting.location) details.push([t('mail.place'), c.meeting.location]);
  if (c.meeting.onlineUrl) details.push([t('mail.online'), c.meeting.onlineUrl]);
  if (c.kind === OutboxKind.CANCELLATION && c.meeting.cancelReason)
    details.push([t('mail.reason'), c.meeting.cancelReason]);
  const showAgenda = c.kind !== OutboxKind.CANCELLATION && c.agenda.length > 0;
  const itemText = (line: AgendaLine) =>
    `§ ${line.position} ${line.title}${line.presenter ? ` (${line.presenter})` : ''}`;
  const greeting = c.recipientName ? t('mail.greeting', { name: c.recipientName }) : t('mail.greetingAnonymous');
  const lead = t(LEAD[c.kind], { group: c.groupName });
  const readMore = c.kind === OutboxKind.CANCELLATION ? t('mail.openMeeting') : t('mail.readAgenda');

  const text = [
    greeting,
    '',
    lead,
    '',
    c.meeting.title,
    ...details.map(([label, value]) => `${label}: ${value}`),
    ...(showAgenda ? ['', `${t('mail.agenda')}:`, ...c.agenda.map(itemText)] : []),
    '',
    `${readMore}: ${c.link}`,
    '',
    t('mail.calendarNote'),
    '',
    '-- ',
    c.groupName,
  ].join('\n');

  const html = `<!doctype html>
<html lang="${c.locale.toLowerCase()}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(lead)}</p>
<h1 style="font-size: 1.3em">${escapeHtml(c.meeting.title)}</h1>
<table role="presentation">${details.map(([label, value]) => `<tr><th scope="row" style="text-align: left; padding-right: 1em">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>
${showAgenda ? `<h2 style="font-size: 1.1em">${escapeHtml(t('mail.agenda'))}</h2>\n<ul style="list-style: none; padding: 0">${c.agenda.map((line) => `<li>${escapeHtml(itemText(line))}</li>`).join('')}</ul>` : ''}
<p><a href="${escapeHtml(c.link)}">${escapeHtml(readMore)}</a></p>
<p style="color: #555">${escapeHtml(t('mail.calendarNote'))}</p>
</body></html>`;
  return { subject, text, html };
}
