import { Module } from '@nestjs/common';
import { MeetingEventsService } from './meeting-events.service.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

@Module({ providers: [MeetingsService, MeetingsResolver, MeetingEventsService], exports: [MeetingEventsService, MeetingsService] })
export class MeetingsModule {}
