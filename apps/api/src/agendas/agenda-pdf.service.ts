import {
  type AgendaAttachmentSource,
  agendaContent,
  type AgendaSource,
  isoDate,
  type Locale,
  MeetingStatus,
} from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GroupAccess } from '../access/group-access.js';
import type { Viewer } from '../auth/viewer.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { translate } from '../i18n/translate.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { ThemeEntity } from '../themes/theme.entity.js';
import { type AttachmentListing, type PdfItemSource, type PrintableAgenda, renderAgendaPdf } from './agenda-pdf.js';
import { agendaLoaders } from './agenda.loaders.js';
import { attachmentPath } from './attachment-link.js';

export interface AgendaPdf {
  fileName: string;
  content: Buffer;
}

/** An agenda loaded for printing: what it shows, whatever the language. */
export interface LoadedAgenda {
  meeting: MeetingEntity;
  group: { name: string; organization: string | null };
  source: AgendaSource<PdfItemSource>;
}

@Injectable()
export class AgendaPdfService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The agenda of a meeting the viewer may see, as a PDF in their language. */
  async render(meetingId: string, access: GroupAccess, viewer: Viewer, locale: Locale): Promise<AgendaPdf> {
    const agenda = await this.load(meetingId, access, viewer);
    const rendered = await renderAgendaPdf(this.printable(agenda, locale));
    return {
      fileName: translate('agendaPdf.fileName', { date: isoDate(agenda.meeting.startsAt) }, locale),
      content: rendered.content,
    };
  }

  /**
   * The agenda of a meeting the viewer may see, NOT_FOUND otherwise. A fixed number of queries
   * whatever the agenda's length: the meeting, then its items (with presenters, projects, themes
   * and attachments), its changes and its group together.
   */
  async load(meetingId: string, access: GroupAccess, viewer: Viewer): Promise<LoadedAgenda> {
    const meeting = await this.meetings.findVisible(meetingId, access, viewer);
    const loaders = agendaLoaders(this.db);
    const [items, changes, groups] = await Promise.all([
      loaders.agendaOfMeeting.load(meeting.id),
      loaders.changesOfMeeting.load(meeting.id),
      this.db.query(
        `SELECT g.name, o.name AS organization FROM working_group g LEFT JOIN organization o ON o.id = g.organization_id WHERE g.id = $1`,
        [meeting.groupId],
      ) as Promise<{ name: string; organization: string | null }[]>,
    ]);
    const themes = (meeting as typeof meeting & { themes?: ThemeEntity[] }).themes ?? [];
    const published = meeting.status === MeetingStatus.AGENDA_PUBLISHED;
    return {
      meeting,
      group: groups[0],
      source: {
        meeting: { ...meeting, themes },
        lastChangedAt: changes.length ? changes[changes.length - 1].createdAt : null,
        items: items.map((item) => ({
          position: item.position,
          title: item.title,
          kind: item.kind,
          plannedMinutes: item.plannedMinutes,
          presenter: item.presenter?.name ?? item.presenterName,
          presenterOrganization: item.presenterOrganization,
          project: item.project?.name ?? null,
          themes: item.themes ?? [],
          description: item.description,
          proposal: item.proposal,
          changed: published && changes.some((c) => c.agendaItemId === item.id),
          attachments: (item.attachments ?? []).map(({ id, fileName, mediaType, sizeBytes }) => ({
            id,
            fileName,
            mediaType,
            sizeBytes,
          })),
        })),
      },
    };
  }

  /** The agenda in a language, each attachment linked back to the app unless `listing` says otherwise. */
  printable(
    agenda: LoadedAgenda,
    locale: Locale,
    listing: (attachment: AgendaAttachmentSource) => AttachmentListing = (a) => ({ href: this.attachmentUrl(a.id) }),
  ): PrintableAgenda {
    return { locale, group: agenda.group, content: agendaContent(agenda.source, locale), listing };
  }

  /** The address of an attachment for a reader of a printed or downloaded agenda. */
  attachmentUrl(attachmentId: string): string {
    return `${this.config.publicUrl}${attachmentPath(attachmentId)}`;
  }
}
