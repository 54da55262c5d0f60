import { LIMITS } from '@elinvoima/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim.js';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  password: string;

  @Field({
    nullable: true,
    description: 'Also return the session token, for clients that send `Authorization: Bearer`',
  })
  @IsOptional()
  @IsBoolean()
  bearer?: boolean;
}
