import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireGroupRole } from '../auth/access.decorators.js';
import { groupById, groupOfMembership } from './group.target.js';
import type { GqlContext } from '../auth/viewer.js';
import { UserEntity } from '../users/user.entity.js';
import { userLoaders } from '../users/user.loaders.js';
import { AddMemberInput, ChangeMemberRoleInput, EndMembershipInput } from './dto/membership.inputs.js';
import { GroupEntity } from './group.entity.js';
import { groupLoaders } from './group.loaders.js';
import { MembershipEntity } from './membership.entity.js';
import { type MembershipActor, MembershipsService } from './memberships.service.js';

/** The guard has resolved the viewer's role in the membership's group. */
function actorOf(ctx: GqlContext): MembershipActor {
  return { role: ctx.access?.role ?? null, isOrgAdmin: ctx.viewer?.user.isOrgAdmin ?? false };
}

@Resolver(() => MembershipEntity)
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @Mutation(() => MembershipEntity)
  addMember(@Args('input') input: AddMemberInput, @Context() ctx: GqlContext): Promise<MembershipEntity> {
    return this.memberships.add(input, actorOf(ctx));
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMembership('input.membershipId'))
  @Mutation(() => MembershipEntity)
  changeMemberRole(@Args('input') input: ChangeMemberRoleInput, @Context() ctx: GqlContext): Promise<MembershipEntity> {
    return this.memberships.changeRole(input, actorOf(ctx));
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMembership('input.membershipId'))
  @Mutation(() => MembershipEntity)
  endMembership(@Args('input') input: EndMembershipInput, @Context() ctx: GqlContext): Promise<MembershipEntity> {
    return this.memberships.end(input, actorOf(ctx));
  }

  @ResolveField(() => UserEntity)
  async user(@Parent() membership: MembershipEntity, @Context() ctx: GqlContext): Promise<UserEntity> {
    return (await ctx.loaders.of(userLoaders).user.load(membership.userId))!;
  }

  @ResolveField(() => GroupEntity)
  async group(@Parent() membership: MembershipEntity, @Context() ctx: GqlContext): Promise<GroupEntity> {
    return (await ctx.loaders.of(groupLoaders).group.load(membership.groupId))!;
  }
}
