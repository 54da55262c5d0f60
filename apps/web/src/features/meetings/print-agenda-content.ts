import { type AgendaContent, agendaContent, type AgendaItemSource, type Locale } from '@elinvoima/domain';
import type { MeetingQuery } from '@elinvoima/graphql';

type Meeting = MeetingQuery['meeting'];
type Item = Meeting['agenda'][number];

/** An item as the print view draws it: the shared content plus its sanitized description and download links. */
export interface PrintItemSource extends AgendaItemSource {
  descriptionHtml: string;
  downloads: Map<string, string>;
}

/** The meeting's agenda in the one shared description the API's PDF is drawn from too. */
export function printAgendaContent(meeting: Meeting, locale: Locale): AgendaContent<PrintItemSource> {
  return agendaContent(
    {
      meeting,
      lastChangedAt: meeting.changes.at(-1)?.createdAt ?? null,
      items: meeting.agenda.map((item: Item) => ({
        position: item.position,
        title: item.title,
        kind: item.kind,
        plannedMinutes: item.plannedMinutes ?? null,
        presenter: item.presenter?.name ?? item.presenterName ?? null,
        presenterOrganization: item.presenterOrganization ?? null,
        project: item.project?.name ?? null,
        themes: item.themes,
        proposal: item.proposal ?? null,
        changed: item.changedAfterPublishing,
        attachments: item.attachments,
        descriptionHtml: item.descriptionHtml,
        downloads: new Map(item.attachments.map((a) => [a.id, a.downloadUrl])),
      })),
    },
    locale,
  );
}
