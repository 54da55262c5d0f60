import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsInYearRange } from '../../common/year-range.js';

@ArgsType()
export class MeetingsArgs {
  @Field(() => ID)
  @IsUUID()
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
