import { Module } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module.js';
import { AttachmentsController } from './attachments.controller.js';
import { AgendaItemAttachmentsResolver, AttachmentsResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';

@Module({
  imports: [AgendasModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsResolver, AgendaItemAttachmentsResolver],
})
export class AttachmentsModule {}
