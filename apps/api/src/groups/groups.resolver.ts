import { GroupRole, MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, CurrentViewer, RequireGroupRole, RequireOrgAdmin } from '../auth/access.decorators.js';
import { groupById } from './group.target.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { organizationLoaders } from '../organizations/organization.loaders.js';
import { CreateGroupInput } from './dto/create-group.input.js';
import { UpdateGroupInput } from './dto/update-group.input.js';
import { GroupEntity } from './group.entity.js';
import { groupLoaders } from './group.loaders.js';
import { GroupsService } from './groups.service.js';
import { MembershipEntity } from './membership.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => GroupEntity)
export class GroupsResolver {
  constructor(private readonly groups: GroupsService) {}

  // An organization admin opens every group of the region.
  @ListBound(200)
  @Query(() => [GroupEntity], { description: 'The groups the viewer can open (every group for an organization admin)' })
  myGroups(@CurrentViewer() viewer: Viewer): Promise<GroupEntity[]> {
    return this.groups.visibleTo(viewer.user);
  }

  @RequireGroupRole(ANY_ROLE, groupById('id'))
  @Query(() => GroupEntity)
  group(@Args('id', { type: () => ID }) id: string): Promise<GroupEntity> {
    return this.groups.findOne(id);
  }

  @RequireOrgAdmin()
  @Mutation(() => GroupEntity)
  createGroup(@Args('input') input: CreateGroupInput): Promise<GroupEntity> {
    return this.groups.create(input);
  }

  @RequireGroupRole(MANAGING_ROLES, groupById('input.id'))
  @Mutation(() => GroupEntity)
  updateGroup(@Args('input') input: UpdateGroupInput): Promise<GroupEntity> {
    return this.groups.update(input);
  }

  @ResolveField(() => OrganizationEntity)
  async organization(@Parent() group: GroupEntity, @Context() ctx: GqlContext): Promise<OrganizationEntity> {
    return (await ctx.loaders.of(organizationLoaders).organization.load(group.organizationId))!;
  }

  // Current and former members.
  @ListBound(100)
  @ResolveField(() => [MembershipEntity], { description: 'Chairs first, then secretaries, then members' })
  members(
    @Parent() group: GroupEntity,
    @Context() ctx: GqlContext,
    @Args('includeEnded', { defaultValue: false }) includeEnded: boolean,
  ): Promise<MembershipEntity[]> {
    const loaders = ctx.loaders.of(groupLoaders);
    const loader = includeEnded ? loaders.allMembershipsOfGroup : loaders.activeMembershipsOfGroup;
    return loader.load(group.id);
  }

  @ResolveField(() => GroupRole, { nullable: true, description: "The viewer's role in this group" })
  async myRole(@Parent() group: GroupEntity, @Context() ctx: GqlContext): Promise<GroupRole | null> {
    if (!ctx.viewer) return null;
    const mine = await ctx.loaders.of(groupLoaders).activeMembershipsOfUser.load(ctx.viewer.user.id);
    return mine.find((m) => m.groupId === group.id)?.role ?? null;
  }
}
