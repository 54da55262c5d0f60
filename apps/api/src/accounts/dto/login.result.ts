import { Field, ObjectType } from '@nestjs/graphql';
import type { SignedInUser } from '../../auth/signed-in-user.js';
import { UserEntity } from '../../users/user.entity.js';

@ObjectType('LoginResult')
export class LoginResult {
  @Field(() => UserEntity)
  user: SignedInUser;

  @Field(() => String, { nullable: true, description: 'Present only when asked for with `bearer: true`' })
  token: string | null;

  @Field()
  expiresAt: Date;
}
