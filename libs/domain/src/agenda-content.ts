import { formatDate, formatDateTime, formatPeriod, formatTime } from './dates.js';
import type { Locale } from './locale.js';
import { AgendaItemKind, agendaTimetable, MeetingStatus } from './meetings.js';
import { themeName, type ThemeNames } from './themes.js';

/**
 * What an agenda shows, whatever renders it: the printable page in the client and the PDF made
 * by the API both take their facts, numbers, times, durations, presenters and themes from here,
 * so the two renderings cannot drift apart. Labels stay with each renderer's own translations.
 */

export interface AgendaAttachmentSource {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface AgendaItemSource {
  position: number;
  title: string;
  kind: AgendaItemKind | `${AgendaItemKind}`;
  plannedMinutes: number | null;
  /** The presenter's name, from their account or as typed. */
  presenter: string | null;
  presenterOrganization: string | null;
  project: string | null;
  themes: readonly ThemeNames[];
  proposal: string | null;
  /** Changed after the agenda was published. */
  changed: boolean;
  attachments: readonly AgendaAttachmentSource[];
}

export interface AgendaSource<I extends AgendaItemSource = AgendaItemSource> {
  meeting: {
    title: string;
    status: MeetingStatus | `${MeetingStatus}`;
    startsAt: Date | string;
    endsAt: Date | string;
    location: string;
    onlineUrl?: string | null;
    cancelReason?: string | null;
    themes: readonly ThemeNames[];
  };
  /** When the published agenda was last changed, if it was. */
  lastChangedAt: Date | string | null;
  items: readonly I[];
}

export type AgendaFactKind = 'time' | 'place' | 'online' | 'themes';

export interface AgendaFact {
  kind: AgendaFactKind;
  text: string;
  /** A link the renderer makes clickable. */
  href?: string;
}

export interface AgendaContentItem<I extends AgendaItemSource = AgendaItemSource> {
  /** `§ 3` */
  number: string;
  title: string;
  kind: AgendaItemKind;
  /** `14.05` */
  plannedStart: string;
  plannedMinutes: number | null;
  /** `Ville Keränen, Kehitysyhtiö SavoGrow Oy` */
  presenter: string | null;
  project: string | null;
  themes: string[];
  /** Only a decision item carries a proposal. */
  proposal: string | null;
  changed: boolean;
  attachments: readonly AgendaAttachmentSource[];
  /** The item as given, for what each renderer draws in its own way (the description). */
  source: I;
}

export interface AgendaContent<I extends AgendaItemSource = AgendaItemSource> {
  title: string;
  draft: boolean;
  /** `ke 21.11.2018` */
  date: string;
  facts: AgendaFact[];
  /** Set when the meeting is cancelled; empty when no reason was given. */
  cancelReason: string | null;
  /** `ke 21.11.2018 klo 15.10` when a published agenda was changed. */
  changedAt: string | null;
  items: AgendaContentItem<I>[];
}

/** The one description of an agenda's content, in the reader's language. */
export function agendaContent<I extends AgendaItemSource>(source: AgendaSource<I>, locale: Locale): AgendaContent<I> {
  const { meeting } = source;
  const published = meeting.status === MeetingStatus.AGENDA_PUBLISHED;
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const facts: AgendaFact[] = [{ kind: 'time', text: formatPeriod(meeting.startsAt, meeting.endsAt, locale) }];
  if (meeting.location) facts.push({ kind: 'place', text: meeting.location });
  if (meeting.onlineUrl) facts.push({ kind: 'online', text: meeting.onlineUrl, href: meeting.onlineUrl });
  if (meeting.themes.length)
    facts.push({ kind: 'themes', text: meeting.themes.map((theme) => themeName(theme, locale)).join(', ') });
  const starts = agendaTimetable(
    new Date(meeting.startsAt),
    source.items.map((item) => item.plannedMinutes),
  );
  return {
    title: meeting.title,
    draft: meeting.status === MeetingStatus.DRAFT,
    date: formatDate(meeting.startsAt, locale),
    facts,
    cancelReason: cancelled ? (meeting.cancelReason ?? '') : null,
    changedAt: published && !cancelled && source.lastChangedAt ? formatDateTime(source.lastChangedAt, locale) : null,
    items: source.items.map((item, i) => ({
      number: `§ ${item.position}`,
      title: item.title,
      kind: item.kind as AgendaItemKind,
      plannedStart: formatTime(starts[i]),
      plannedMinutes: item.plannedMinutes,
      presenter: item.presenter ? [item.presenter, item.presenterOrganization].filter(Boolean).join(', ') : null,
      project: item.project,
      themes: item.themes.map((theme) => themeName(theme, locale)),
      proposal: item.kind === AgendaItemKind.DECISION && item.proposal?.trim() ? item.proposal : null,
      changed: published && item.changed,
      attachments: item.attachments,
      source: item,
    })),
  };
}
