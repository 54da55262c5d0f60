import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../auth/access.decorators.js';
import type { SignedInUser } from '../auth/signed-in-user.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Query(() => UserEntity, { nullable: true, description: 'The signed-in user, or null' })
  me(@Context() ctx: GqlContext): SignedInUser | null {
    return ctx.viewer?.user ?? null;
  }

  @Mutation(() => UserEntity, { description: "Changes the viewer's own name or language" })
  updateMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<UserEntity> {
    return this.users.updateProfile(viewer.user.id, input);
  }
}
