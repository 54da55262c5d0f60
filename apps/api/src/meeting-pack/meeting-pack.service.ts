import { isoDate, Locale } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { GroupAccess } from '../access/group-access.js';
import { renderAgendaPdf } from '../agendas/agenda-pdf.js';
import { AgendaPdfService, type LoadedAgenda } from '../agendas/agenda-pdf.service.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import type { Viewer } from '../auth/viewer.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import type { MessageKey } from '../i18n/fi.js';
import { type MessageParams, translate } from '../i18n/translate.js';
import { assemblePack, type PackItem } from './pack-assembly.js';

/** Raised when the pack's layout changes, so that packs made before are made again. */
const PACK_FORMAT = 1;
/** At most this much of attachments is bound into one pack; the rest are listed as links. */
export const PACK_ATTACHMENTS_MAX_BYTES = 80 * 1024 * 1024;
const PDF = 'application/pdf';

export interface MeetingPack {
  fileName: string;
  content: Buffer;
}

@Injectable()
export class MeetingPackService {
  constructor(
    private readonly db: DataSource,
    private readonly agendaPdf: AgendaPdfService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The pack of a meeting the viewer may see (NOT_FOUND otherwise, as for the agenda), in their
   * language. Made once per version of the agenda and kept in the database, so that any instance
   * serves the next request from there; a changed agenda, attachment, name or theme makes a new one.
   */
  async pack(meetingId: string, access: GroupAccess, viewer: Viewer, locale: Locale): Promise<MeetingPack> {
    const agenda = await this.agendaPdf.load(meetingId, access, viewer);
    const fileName = translate('meetingPack.fileName', { date: isoDate(agenda.meeting.startsAt) }, locale);
    const version = this.versionOf(agenda, locale);
    const [kept] = (await this.db.query(
      `SELECT content FROM meeting_pack WHERE meeting_id = $1 AND locale = $2 AND agenda_version = $3`,
      [agenda.meeting.id, locale, version],
    )) as { content: Buffer }[];
    if (kept) return { fileName, content: kept.content };

    const made = await this.make(agenda, locale);
    // The pack of the newest version replaces any older one of the same meeting and language.
    await this.db.query(
      `INSERT INTO meeting_pack (meeting_id, locale, agenda_version, page_count, content)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (meeting_id, locale) DO UPDATE
         SET agenda_version = EXCLUDED.agenda_version, page_count = EXCLUDED.page_count,
             content = EXCLUDED.content, created_at = now()`,
      [agenda.meeting.id, locale, version, made.pageCount, made.content],
    );
    return { fileName, content: made.content };
  }

  /**
   * The version of everything the pack shows: the meeting, its items with their presenters,
   * projects, themes and changes, the attachments (whose bytes never change under an id), and
   * the language and addresses it is printed with.
   */
  private versionOf(agenda: LoadedAgenda, locale: Locale): string {
    const shown = {
      format: PACK_FORMAT,
      locale,
      publicUrl: this.config.publicUrl,
      group: agenda.group,
      ...agenda.source,
    };
    return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
  }

  private async make(agenda: LoadedAgenda, locale: Locale) {
    const t = (key: MessageKey, params?: MessageParams) => translate(key, params, locale);
    const bound = this.attachmentsToBind(agenda);
    const contents = await this.attachments.contentsOf([...bound]);
    const items: PackItem[] = agenda.source.items.map((item) => ({
      heading: `§ ${item.position} ${item.title}`,
      attachments: item.attachments
        .filter((a) => contents.has(a.id))
        .map((a) => ({ id: a.id, fileName: a.fileName, content: contents.get(a.id)! })),
    }));
    return assemblePack({
      title: `${t('meetingPack.title')}: ${agenda.meeting.title}`,
      author: agenda.group.name,
      language: locale === Locale.EN ? 'en-GB' : 'fi-FI',
      items,
      renderAgenda: (unreadable, pagesAfter) =>
        renderAgendaPdf(
          this.agendaPdf.printable(agenda, locale, (a) => {
            const href = this.agendaPdf.attachmentUrl(a.id);
            if (unreadable.has(a.id)) return { href, note: t('meetingPack.unreadable') };
            if (a.mediaType === PDF && !bound.has(a.id)) return { href, note: t('meetingPack.tooLarge') };
            return { href };
          }),
          { pagesAfter },
        ),
      labels: {
        agenda: t('meetingPack.agendaBookmark'),
        attachment: (name) => t('meetingPack.attachmentBookmark', { name }),
        page: (page, pages) => t('agendaPdf.page', { page, pages }),
      },
    });
  }

  /** The PDF attachments, in item order, as far as they fit in the pack together. */
  private attachmentsToBind(agenda: LoadedAgenda): Set<string> {
    const bound = new Set<string>();
    let bytes = 0;
    for (const item of agenda.source.items) {
      for (const attachment of item.attachments) {
        if (attachment.mediaType !== PDF || bytes + attachment.sizeBytes > PACK_ATTACHMENTS_MAX_BYTES) continue;
        bytes += attachment.sizeBytes;
        bound.add(attachment.id);
      }
    }
    return bound;
  }
}
