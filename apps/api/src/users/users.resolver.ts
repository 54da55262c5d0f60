import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/access.decorators.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Mutation(() => UserEntity, { description: "Changes the viewer's own name or language" })
  updateMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<UserEntity> {
    return this.users.updateProfile(viewer.user, input);
  }

  @ResolveField(() => [MembershipEntity], {
    description: "The user's continuing memberships; shown only to the user themselves (empty for anyone else)",
  })
  memberships(@Parent() user: UserEntity, @Context() ctx: GqlContext): Promise<MembershipEntity[]> | MembershipEntity[] {
    if (ctx.viewer?.user.id !== user.id) return [];
    return ctx.loaders.activeMembershipsOfUser.load(user.id);
  }
}
