import { HttpStatus, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { announcedToMembers } from '../access/announced.js';
import type { GroupAccess } from '../access/group-access.js';
import { canManage } from '../access/roles.js';
import { AgendaItemEntity } from '../agendas/agenda-item.entity.js';
import { AgendaService } from '../agendas/agenda.service.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { AttachmentEntity } from '../agendas/attachment.entity.js';
import { detectType } from './detect-type.js';
import { sanitizeFileName } from '../http/file-name.js';
import { UploadError } from './upload-error.js';

/** What the upload parser hands over: the whole file in memory, at most the size limit. */
export interface ReceivedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface AttachmentDownload {
  attachment: AttachmentEntity;
  /** Null when the client already has this version (its ETag matched). */
  content: Buffer | null;
}

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly agenda: AgendaService,
  ) {}

  /**
   * Checks the file's type from its bytes, then stores it with its checksum in one transaction.
   * A cancelled meeting's items take no files; on a published agenda the item shows as changed.
   */
  async add(agendaItemId: string, file: ReceivedFile | undefined, viewer: Viewer): Promise<AttachmentEntity> {
    if (!file) throw new UploadError(HttpStatus.BAD_REQUEST, 'attachment.missingFile');
    if (file.size === 0) throw new UploadError(HttpStatus.BAD_REQUEST, 'attachment.emptyFile');
    const type = detectType(file.buffer);
    if (!type) throw new UploadError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'attachment.unsupportedType');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.db.transaction(async (tx) => {
      const { item, meeting } = await this.agenda.lockItem(tx, agendaItemId);
      const attachments = tx.getRepository(AttachmentEntity);
      const attachment = await attachments.save(
        attachments.create({
          agendaItemId,
          fileName: sanitizeFileName(file.originalname, type),
          mediaType: type.mediaType,
          sizeBytes: file.size,
          sha256,
          uploadedBy: viewer.user.id,
        }),
      );
      await tx.query(`INSERT INTO attachment_content (attachment_id, content) VALUES ($1, $2)`, [
        attachment.id,
        file.buffer,
      ]);
      await this.agenda.itemChanged(tx, meeting, item, viewer, ['attachments']);
      return attachment;
    });
  }

  /**
   * An attachment for someone who may see its agenda. The guard has found the viewer's role in the
   * group (`access`); a draft meeting's files are only for those who manage the group, and
   * NOT_FOUND for everyone else, like the draft itself.
   */
  async download(
    id: string,
    access: GroupAccess,
    viewer: Viewer,
    ifNoneMatch: string | undefined,
  ): Promise<AttachmentDownload> {
    const rows = (await this.db.query(
      `SELECT a.id, NOT ${announcedToMembers('m')} AS draft
         FROM attachment a
         JOIN agenda_item i ON i.id = a.agenda_item_id
         JOIN meeting m ON m.id = i.meeting_id
        WHERE a.id = $1`,
      [id],
    )) as { id: string; draft: boolean }[];
    const found = rows[0];
    if (!found || (found.draft && !canManage(access, viewer))) throw DomainError.notFound();
    const attachment = await this.db.getRepository(AttachmentEntity).findOneByOrFail({ id });
    if (
      ifNoneMatch &&
      ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${attachment.sha256}"`)
    ) {
      return { attachment, content: null };
    }
    const [row] = (await this.db.query(`SELECT content FROM attachment_content WHERE attachment_id = $1`, [id])) as {
      content: Buffer;
    }[];
    if (!row) throw DomainError.notFound();
    return { attachment, content: row.content };
  }

  /**
   * The bytes of the given attachments, in one query, for a document that bundles them (the
   * meeting pack); the caller has checked that the viewer may see them.
   */
  async contentsOf(ids: readonly string[]): Promise<Map<string, Buffer>> {
    if (!ids.length) return new Map();
    const rows = (await this.db.query(
      `SELECT attachment_id AS id, content FROM attachment_content WHERE attachment_id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; content: Buffer }[];
    return new Map(rows.map((row) => [row.id, row.content]));
  }

  /** Removes an attachment and its content, under the same rules as adding one; returns its agenda item. */
  async remove(id: string, viewer: Viewer): Promise<AgendaItemEntity> {
    return this.db.transaction(async (tx) => {
      const attachment = await tx.getRepository(AttachmentEntity).findOneBy({ id });
      if (!attachment) throw DomainError.notFound();
      const { item, meeting } = await this.agenda.lockItem(tx, attachment.agendaItemId);
      await tx.getRepository(AttachmentEntity).delete({ id });
      await this.agenda.itemChanged(tx, meeting, item, viewer, ['attachments']);
      return item;
    });
  }
}
