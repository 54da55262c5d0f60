import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PasswordLinkState, PasswordTokenPurpose } from '../password-tokens.service.js';

registerEnumType(PasswordLinkState, { name: 'PasswordLinkState' });
registerEnumType(PasswordTokenPurpose, { name: 'PasswordLinkPurpose' });

@ObjectType('PasswordLink', {
  description: 'Whether a one-time link for setting a password still works; nothing about whose it is',
})
export class PasswordLink {
  @Field(() => PasswordLinkState)
  state: PasswordLinkState;

  @Field(() => PasswordTokenPurpose, {
    nullable: true,
    description: 'A first password or a new one; only for a link that works',
  })
  purpose: PasswordTokenPurpose | null;
}

@ObjectType('PasswordSet')
export class PasswordSet {
  @Field({ description: 'The address to sign in with, now that the password is set' })
  email: string;
}
