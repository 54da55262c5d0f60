import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/access.decorators.js';
import type { Viewer } from '../auth/viewer.js';
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
}
