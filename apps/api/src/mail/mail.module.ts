import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { InvitationsService } from './invitations.service.js';
import { MeetingMail } from './meeting-mail.listener.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { OutboxResolver } from './outbox.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity]), MeetingsModule],
  providers: [OutboxDispatcher, InvitationsService, MeetingMail, OutboxResolver],
  exports: [OutboxDispatcher],
})
export class MailModule {}
