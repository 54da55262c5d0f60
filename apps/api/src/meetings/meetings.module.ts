import { Module } from '@nestjs/common';
import { MeetingEvents } from './meeting-events.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

@Module({ providers: [MeetingEvents, MeetingsService, MeetingsResolver], exports: [MeetingEvents, MeetingsService] })
export class MeetingsModule {}
