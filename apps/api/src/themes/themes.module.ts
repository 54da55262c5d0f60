import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupsModule } from '../groups/groups.module.js';
import { NewGroupThemes } from './new-group-themes.listener.js';
import { ThemeEntity } from './theme.entity.js';
import { ThemesResolver } from './themes.resolver.js';
import { ThemesService } from './themes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ThemeEntity]), GroupsModule],
  providers: [ThemesService, ThemesResolver, NewGroupThemes],
})
export class ThemesModule {}
