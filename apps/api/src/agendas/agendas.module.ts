import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { AgendaPdfController } from './agenda-pdf.controller.js';
import { AgendaPdfService } from './agenda-pdf.service.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';
import { MeetingAgenda } from './meeting-agenda.listener.js';
import { MeetingAgendaResolver } from './meeting-agenda.resolver.js';
import { NewGroupStandingItems } from './new-group-standing-items.listener.js';

@Module({
  imports: [MeetingsModule, GroupsModule],
  controllers: [AgendaPdfController],
  providers: [
    AgendaService,
    AgendaResolver,
    MeetingAgendaResolver,
    AgendaPdfService,
    MeetingAgenda,
    NewGroupStandingItems,
  ],
  exports: [AgendaService],
})
export class AgendasModule {}
