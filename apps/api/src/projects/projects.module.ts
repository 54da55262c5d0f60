import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectEntity } from './project.entity.js';
import { ProjectsResolver } from './projects.resolver.js';

@Module({ imports: [TypeOrmModule.forFeature([ProjectEntity])], providers: [ProjectsResolver] })
export class ProjectsModule {}
