import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { MeetingEventsService } from './meeting-events.service.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

@Module({ imports: [MailModule], providers: [MeetingsService, MeetingsResolver, MeetingEventsService], exports: [MeetingEventsService, MeetingsService] })
export class MeetingsModule {}
