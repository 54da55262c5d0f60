import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { NewGroupThemes } from './new-group-themes.listener.js';
import { ThemesResolver } from './themes.resolver.js';
import { ThemesService } from './themes.service.js';

@Module({ imports: [GroupsModule], providers: [ThemesService, ThemesResolver, NewGroupThemes] })
export class ThemesModule {}
