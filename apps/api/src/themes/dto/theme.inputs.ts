import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsHexColor, IsNotEmpty, IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { IdField } from '../../common/input-fields.js';
import { Trim } from '../../common/trim.js';
import { IsInYearRange } from '../../common/year-range.js';

@InputType()
export class CreateThemeInput {
  @IdField()
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
  @IdField()
  groupId: string;

  @Field()
  @IsInYearRange()
  from: Date;

  @Field()
  @IsInYearRange()
  to: Date;
}
