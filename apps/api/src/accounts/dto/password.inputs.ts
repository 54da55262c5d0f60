import { LIMITS } from '@elinvoima/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim.js';

@InputType()
export class SetPasswordWithTokenInput {
  @Field({ description: 'The token from the one-time link' })
  @IsNotEmpty()
  @MaxLength(100)
  token: string;

  /** Checked whole by the password policy: length in characters and common passwords. */
  @Field()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  password: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  newPassword: string;

  @Field({
    nullable: true,
    description: 'Also return the new session token, for clients that send `Authorization: Bearer`',
  })
  @IsOptional()
  @IsBoolean()
  bearer?: boolean;
}
