import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { SeasonsResolver } from './seasons.resolver.js';
import { SeasonsService } from './seasons.service.js';

@Module({ imports: [MeetingsModule], providers: [SeasonsService, SeasonsResolver] })
export class SeasonsModule {}
