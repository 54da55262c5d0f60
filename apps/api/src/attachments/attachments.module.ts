import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller.js';
import { AgendaItemAttachmentsResolver, AttachmentsResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';

@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsResolver, AgendaItemAttachmentsResolver],
})
export class AttachmentsModule {}
