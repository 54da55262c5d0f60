import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MeetingNewsResolver, StartPageResolver } from './start-page.resolver.js';
import { StartPageService } from './start-page.service.js';

/** The start page: what is next for a person, and which agendas they have not read. */
@Module({
  imports: [MeetingsModule],
  providers: [StartPageService, StartPageResolver, MeetingNewsResolver],
})
export class StartModule {}
