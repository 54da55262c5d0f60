import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthMiddleware } from '../auth/auth.middleware.js';
import { AuthModule } from '../auth/auth.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { AgendaChangeEntity } from './agenda-change.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { AgendaPdfController } from './agenda-pdf.controller.js';
import { AgendaPdfService } from './agenda-pdf.service.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';
import { AttachmentEntity } from './attachment.entity.js';
import { MeetingAgenda } from './meeting-agenda.listener.js';
import { MeetingAgendaResolver } from './meeting-agenda.resolver.js';
import { NewGroupStandingItems } from './new-group-standing-items.listener.js';
import { StandingItemEntity } from './standing-item.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AgendaItemEntity, AgendaChangeEntity, StandingItemEntity, AttachmentEntity]),
    AuthModule,
    MeetingsModule,
    GroupsModule,
  ],
  controllers: [AgendaPdfController],
  providers: [
    AgendaService,
    AgendaResolver,
    MeetingAgendaResolver,
    AgendaPdfService,
    MeetingAgenda,
    NewGroupStandingItems,
  ],
  exports: [AgendaService, AgendaPdfService],
})
export class AgendasModule implements NestModule {
  /** The PDF route knows who asks, for the access guard. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes(AgendaPdfController);
  }
}
