import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingEvents } from './meeting-events.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity])],
  providers: [MeetingEvents, MeetingsService, MeetingsResolver],
  exports: [MeetingEvents, MeetingsService],
})
export class MeetingsModule {}
