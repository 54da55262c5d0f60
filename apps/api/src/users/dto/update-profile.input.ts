import { LIMITS, Locale } from '@elinvoima/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim.js';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}
