import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { InvitationsService } from './invitations.service.js';
import { MeetingMail } from './meeting-mail.listener.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxResolver } from './outbox.resolver.js';

@Module({
  imports: [MeetingsModule],
  providers: [OutboxDispatcher, InvitationsService, MeetingMail, OutboxResolver],
  exports: [OutboxDispatcher],
})
export class MailModule {}
