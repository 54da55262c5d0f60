import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { AgendaPdfController } from './agenda-pdf.controller.js';
import { AgendaPdfService } from './agenda-pdf.service.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';
import { MeetingAgendaResolver } from './meeting-agenda.resolver.js';

@Module({
  imports: [MeetingsModule],
  controllers: [AgendaPdfController],
  providers: [AgendaService, AgendaResolver, MeetingAgendaResolver, AgendaPdfService],
  exports: [AgendaService],
})
export class AgendasModule {}
