import { LIMITS, Locale } from '@elinvoima/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IdField } from '../../common/input-fields.js';
import { Trim } from '../../common/trim.js';

@InputType()
export class CreateGroupInput {
  @IdField()
  organizationId: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name: string;

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
