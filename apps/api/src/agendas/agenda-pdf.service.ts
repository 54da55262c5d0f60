import { agendaTimetable, isoDate, type Locale, MeetingStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GroupAccess } from '../access/group-access.js';
import type { Viewer } from '../auth/viewer.js';
import { translate } from '../i18n/translate.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { ThemeEntity } from '../themes/theme.entity.js';
import { type PrintableAgenda, renderAgendaPdf } from './agenda-pdf.js';
import { agendaLoaders } from './agenda.loaders.js';

export interface AgendaPdf {
  fileName: string;
  content: Buffer;
}

@Injectable()
export class AgendaPdfService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingsService,
  ) {}

  /**
   * The agenda of a meeting the viewer may see, as a PDF in their language. A fixed number of
   * queries whatever the agenda's length: the meeting, then its items (with presenters, projects
   * and attachments), its changes and its group together.
   */
  async render(meetingId: string, access: GroupAccess, viewer: Viewer, locale: Locale): Promise<AgendaPdf> {
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
    const published = meeting.status === MeetingStatus.AGENDA_PUBLISHED;
    const starts = agendaTimetable(
      meeting.startsAt,
      items.map((i) => i.plannedMinutes),
    );
    const themes = (meeting as typeof meeting & { themes?: ThemeEntity[] }).themes ?? [];
    const agenda: PrintableAgenda = {
      locale,
      group: groups[0],
      meeting: {
        title: meeting.title,
        status: meeting.status,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        onlineUrl: meeting.onlineUrl,
        cancelReason: meeting.cancelReason,
        themes: themes.map((theme) => (locale === 'en' ? theme.nameEn : theme.nameFi)),
      },
      changedAt: published && changes.length ? changes[changes.length - 1].createdAt : null,
      items: items.map((item, i) => ({
        position: item.position,
        title: item.title,
        kind: item.kind,
        plannedStart: starts[i],
        presenter: item.presenter?.name ?? item.presenterName,
        presenterOrganization: item.presenterOrganization,
        project: item.project?.name ?? null,
        description: item.description,
        proposal: item.proposal,
        attachments: (item.attachments ?? []).map((a) => a.fileName),
        changed: published && changes.some((c) => c.agendaItemId === item.id),
      })),
    };
    return {
      fileName: translate('agendaPdf.fileName', { date: isoDate(meeting.startsAt) }, locale),
      content: await renderAgendaPdf(agenda),
    };
  }
}
