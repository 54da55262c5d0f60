import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../auth/viewer.js';
import { UserEntity } from '../users/user.entity.js';
import { groupLoaders } from './group.loaders.js';
import { MembershipEntity } from './membership.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

/** A person's own memberships, on their user. */
@Resolver(() => UserEntity)
export class UserMembershipsResolver {
  @ListBound(50)
  @ResolveField(() => [MembershipEntity], {
    description: "The user's continuing memberships; shown only to the user themselves (empty for anyone else)",
  })
  memberships(
    @Parent() user: UserEntity,
    @Context() ctx: GqlContext,
  ): Promise<MembershipEntity[]> | MembershipEntity[] {
    if (ctx.viewer?.user.id !== user.id) return [];
    return ctx.loaders.of(groupLoaders).activeMembershipsOfUser.load(user.id);
  }
}
