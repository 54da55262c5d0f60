import { Module } from '@nestjs/common';
import { InvitationsService } from './invitations.service.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxResolver } from './outbox.resolver.js';

@Module({ providers: [OutboxDispatcher, InvitationsService, OutboxResolver], exports: [InvitationsService, OutboxDispatcher] })
export class MailModule {}
