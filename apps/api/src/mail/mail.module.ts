import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthMiddleware } from '../auth/auth.middleware.js';
import { AuthModule } from '../auth/auth.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { InvitationsService } from './invitations.service.js';
import { MeetingMail } from './meeting-mail.listener.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxFilesController } from './outbox-files.controller.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { OutboxMessageResolver, OutboxResolver } from './outbox.resolver.js';
import { OutboxService } from './outbox.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity]), AuthModule, MeetingsModule],
  controllers: [OutboxFilesController],
  providers: [OutboxDispatcher, OutboxService, InvitationsService, MeetingMail, OutboxResolver, OutboxMessageResolver],
  exports: [OutboxDispatcher],
})
export class MailModule implements NestModule {
  /** The file routes know who asks, for the access guard. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes(OutboxFilesController);
  }
}
