import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthMiddleware } from '../auth/auth.middleware.js';
import { AuthModule } from '../auth/auth.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsResolver } from './calendar-feeds.resolver.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity]), AuthModule, MeetingsModule],
  controllers: [CalendarController],
  providers: [CalendarFeedsService, CalendarFeedsResolver],
})
export class CalendarModule implements NestModule {
  /** The calendar routes know who asks, for the access guard (a feed is found by its address alone). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes(CalendarController);
  }
}
