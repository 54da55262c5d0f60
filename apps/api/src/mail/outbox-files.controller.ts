import { MANAGING_ROLES } from '@elinvoima/domain';
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RequireGroupRole } from '../auth/access.decorators.js';
import { DomainError } from '../common/domain-error.js';
import { requestContext } from '../context/request-context.js';
import { sendDownload } from '../http/send-download.js';
import { RestErrorFilter } from '../http/rest-error.filter.js';
import { translate } from '../i18n/translate.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import { helsinkiLocal } from '../calendar/ical.js';
import { EML, emlArchiveOf, ICS, messageFileName, ZIP } from './outbox-files.js';
import { emlOf } from './outbox-mail.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { groupOfOutboxMessage } from './outbox-message.target.js';
import { OutboxService } from './outbox.service.js';

/**
 * The outbox's messages as files, for the group's managers to send from their own mail program
 * when the service has no mail server: one message (`.eml`), its calendar entry (`.ics`), or
 * everything held about one meeting (`.zip` of `.eml` files).
 */
@Controller()
@UseFilters(RestErrorFilter)
export class OutboxFilesController {
  constructor(
    private readonly outboxes: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly db: DataSource,
  ) {}

  @Get('outbox-messages/:id/message.eml')
  @RequireGroupRole(MANAGING_ROLES, groupOfOutboxMessage('id'))
  async message(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const message = await this.outboxes.handOut(id);
    const body = await emlOf(message, this.dispatcher.origin);
    send(res, EML.mime, messageFileName(message, EML, requestContext.locale()), body);
  }

  @Get('outbox-messages/:id/calendar.ics')
  @RequireGroupRole(MANAGING_ROLES, groupOfOutboxMessage('id'))
  async calendar(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const message = await this.outboxes.handOut(id);
    if (!message.ics) throw DomainError.notFound();
    send(res, ICS.mime, messageFileName(message, ICS, requestContext.locale()), Buffer.from(message.ics, 'utf8'));
  }

  @Get('meetings/:id/held-mail.zip')
  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('id'))
  async heldOfMeeting(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const messages = await this.outboxes.heldOfMeeting(id);
    const locale = requestContext.locale();
    const [meeting] = (await this.db.query(`SELECT starts_at FROM meeting WHERE id = $1`, [id])) as {
      starts_at: Date;
    }[];
    const fileName = translate('outbox.file.batch', { date: helsinkiLocal(meeting.starts_at).slice(0, 8) }, locale);
    send(res, ZIP.mime, fileName, await emlArchiveOf(messages, this.dispatcher.origin, locale));
  }
}

/** Messages carry members' addresses and, held, a new member's one-time link: never stored anywhere. */
function send(res: Response, type: string, fileName: string, content: Buffer): void {
  sendDownload(res, { fileName, type, content, caching: 'no-store' });
}
