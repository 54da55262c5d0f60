import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsResolver } from './calendar-feeds.resolver.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Module({ imports: [MeetingsModule], controllers: [CalendarController], providers: [CalendarFeedsService, CalendarFeedsResolver] })
export class CalendarModule {}
