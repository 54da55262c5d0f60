import { LIMITS, Locale } from '@elinvoima/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/trim.js';

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version the change was made on; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(LIMITS.descriptionMax)
  description?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  defaultLocale?: Locale;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  minutesPublic?: boolean;
}
