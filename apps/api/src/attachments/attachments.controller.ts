import { MANAGING_ROLES } from '@elinvoima/domain';
import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ANY_ROLE, RequireGroupRole } from '../auth/access.decorators.js';
import { groupOfAgendaItem } from '../agendas/agenda-item.target.js';
import { groupOfAttachment } from './attachment.target.js';
import type { Viewer, ViewerRequest } from '../auth/viewer.js';
import { ATTACHMENT_MAX_BYTES } from './attachment-limits.js';
import { downloadUrlOf } from './attachment-url.js';
import { AttachmentsService, type ReceivedFile } from './attachments.service.js';
import { contentDisposition } from '../http/file-name.js';
import { UploadErrorFilter } from './upload-error.filter.js';
import { UploadRequestGuard } from './upload-request.guard.js';

export interface AttachmentJson {
  id: string;
  agendaItemId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  downloadUrl: string;
}

/** Files travel over plain HTTP: multipart upload, and download with the right headers. */
@Controller()
@UseFilters(UploadErrorFilter)
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('agenda-items/:id/attachments')
  @HttpCode(201)
  @RequireGroupRole(MANAGING_ROLES, groupOfAgendaItem('id'))
  @UseGuards(UploadRequestGuard)
  @UseInterceptors(
    FileInterceptor('file', {
      // Kept in memory up to the limit: the bytes are checked, hashed and stored in the database.
      limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      defParamCharset: 'utf8',
    }),
  )
  async upload(
    @Param('id') agendaItemId: string,
    @UploadedFile() file: ReceivedFile | undefined,
    @Req() req: ViewerRequest,
  ): Promise<AttachmentJson> {
    const a = await this.attachments.add(agendaItemId, file, req.viewer as Viewer);
    return {
      id: a.id,
      agendaItemId: a.agendaItemId,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      createdAt: a.createdAt.toISOString(),
      downloadUrl: downloadUrlOf(a.id),
    };
  }

  @Get('attachments/:id')
  @RequireGroupRole(ANY_ROLE, groupOfAttachment('id'))
  async download(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    const ifNoneMatch = req.header('if-none-match');
    const { attachment, content } = await this.attachments.download(id, req.access!, req.viewer as Viewer, ifNoneMatch);
    res.setHeader('ETag', `"${attachment.sha256}"`);
    // Who may see a file can change: the browser keeps it, but asks each time.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!content) return void res.status(304).end();
    res.setHeader('Content-Type', attachment.mediaType);
    res.setHeader('Content-Length', String(content.length));
    res.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
    res.status(200).end(content);
  }
}
