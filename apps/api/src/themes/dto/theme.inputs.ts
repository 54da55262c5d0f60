import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsHexColor, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Trim } from '../../common/trim.js';
import { IsInYearRange } from '../../common/year-range.js';

@InputType()
export class CreateThemeInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  nameFi: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  nameEn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsHexColor()
  @MaxLength(7)
  colour?: string | null;
}

@ArgsType()
export class ThemeUsageArgs {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field()
  @IsInYearRange()
  from: Date;

  @Field()
  @IsInYearRange()
  to: Date;
}

