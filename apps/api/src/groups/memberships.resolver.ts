import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { groupOf, RequireGroupRole } from '../auth/access.decorators.js';
import type { GqlContext } from '../auth/viewer.js';
import { UserEntity } from '../users/user.entity.js';
import { AddMemberInput, ChangeMemberRoleInput, EndMembershipInput } from './dto/membership.inputs.js';
import { GroupEntity } from './group.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { MembershipsService } from './memberships.service.js';

@Resolver(() => MembershipEntity)
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @RequireGroupRole(MANAGING_ROLES, groupOf.group('input.groupId'))
  @Mutation(() => MembershipEntity)
  addMember(@Args('input') input: AddMemberInput): Promise<MembershipEntity> {
    return this.memberships.add(input);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOf.membership('input.membershipId'))
  @Mutation(() => MembershipEntity)
  changeMemberRole(@Args('input') input: ChangeMemberRoleInput): Promise<MembershipEntity> {
    return this.memberships.changeRole(input);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOf.membership('input.membershipId'))
  @Mutation(() => MembershipEntity)
  endMembership(@Args('input') input: EndMembershipInput): Promise<MembershipEntity> {
    return this.memberships.end(input);
  }

  @ResolveField(() => UserEntity)
  async user(@Parent() membership: MembershipEntity, @Context() ctx: GqlContext): Promise<UserEntity> {
    return (await ctx.loaders.user.load(membership.userId))!;
  }

  @ResolveField(() => GroupEntity)
  async group(@Parent() membership: MembershipEntity, @Context() ctx: GqlContext): Promise<GroupEntity> {
    return (await ctx.loaders.group.load(membership.groupId))!;
  }
}
