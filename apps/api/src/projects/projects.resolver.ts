import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { GqlContext } from '../auth/viewer.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { organizationLoaders } from '../organizations/organization.loaders.js';
import { ProjectEntity } from './project.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => ProjectEntity)
export class ProjectsResolver {
  constructor(@InjectRepository(ProjectEntity) private readonly repository: Repository<ProjectEntity>) {}

  @ListBound(200)
  @Query(() => [ProjectEntity], { description: 'Regional development projects that agenda items can present' })
  projects(): Promise<ProjectEntity[]> {
    return this.repository.find({ order: { name: 'ASC' } });
  }

  @ResolveField(() => OrganizationEntity, { nullable: true })
  ownerOrganization(
    @Parent() project: ProjectEntity,
    @Context() ctx: GqlContext,
  ): Promise<OrganizationEntity | null> | null {
    if (!project.ownerOrganizationId) return null;
    return ctx.loaders.of(organizationLoaders).organization.load(project.ownerOrganizationId);
  }
}
