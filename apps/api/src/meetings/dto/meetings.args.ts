import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IdField } from '../../common/input-fields.js';
import { IsInYearRange } from '../../common/year-range.js';

@ArgsType()
export class MeetingsArgs {
  @IdField()
  groupId: string;

  @Field({ nullable: true, description: 'Meetings starting at or after this instant' })
  @IsOptional()
  @IsInYearRange()
  from?: Date;

  @Field({ nullable: true, description: 'Meetings starting before this instant' })
  @IsOptional()
  @IsInYearRange()
  to?: Date;
}
