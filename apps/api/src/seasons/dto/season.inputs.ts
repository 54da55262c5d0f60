import { AGENDA_LIMITS, MeetingKind } from '@elinvoima/domain';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsClockTime } from '../../common/clock-time.js';
import { IdField } from '../../common/input-fields.js';
import { IsIsoDate } from '../../common/iso-date.js';
import { Trim } from '../../common/trim.js';
import { IsInYearRange } from '../../common/year-range.js';
import { THEMES_PER_ITEM_MAX } from '../../themes/theme-links.js';

export enum SeasonRuleType {
  /** e.g. every fourth Wednesday */
  EVERY_N_WEEKS = 'EVERY_N_WEEKS',
  /** e.g. the fourth Wednesday of each month */
  NTH_WEEKDAY_OF_MONTH = 'NTH_WEEKDAY_OF_MONTH',
  /** explicit dates */
  DATES = 'DATES',
}
registerEnumType(SeasonRuleType, { name: 'SeasonRuleType' });

/** At most one meeting a week for a year and then some. */
export const SEASON_MEETINGS_MAX = 60;

@InputType()
export class SeasonRuleInput {
  @Field(() => SeasonRuleType)
  @IsEnum(SeasonRuleType)
  type: SeasonRuleType;

  @Field(() => Int, { nullable: true, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @ValidateIf((rule: SeasonRuleInput) => rule.type !== SeasonRuleType.DATES)
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @Field(() => Int, { nullable: true, description: 'EVERY_N_WEEKS: weeks between meetings' })
  @ValidateIf((rule: SeasonRuleInput) => rule.type === SeasonRuleType.EVERY_N_WEEKS)
  @IsInt()
  @Min(1)
  @Max(52)
  interval?: number;

  @Field(() => Int, { nullable: true, description: 'NTH_WEEKDAY_OF_MONTH: 1–5, or -1 for the last' })
  @ValidateIf((rule: SeasonRuleInput) => rule.type === SeasonRuleType.NTH_WEEKDAY_OF_MONTH)
  @IsInt()
  @Min(-1)
  @Max(5)
  nth?: number;

  @Field(() => [String], { nullable: true, description: 'DATES: YYYY-MM-DD' })
  @ValidateIf((rule: SeasonRuleInput) => rule.type === SeasonRuleType.DATES)
  @ArrayMinSize(1)
  @ArrayMaxSize(SEASON_MEETINGS_MAX)
  @IsIsoDate({ each: true })
  dates?: string[];
}

@InputType()
export class PlanSeasonInput {
  @IdField()
  groupId: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  @IsIsoDate()
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  @IsIsoDate()
  to: string;

  @Field(() => SeasonRuleInput)
  @ValidateNested()
  @Type(() => SeasonRuleInput)
  rule: SeasonRuleInput;

  @Field({ description: 'Helsinki time, e.g. 14.00' })
  @IsClockTime()
  startTime: string;

  @Field(() => Int)
  @IsInt()
  @Min(15)
  @Max(AGENDA_LIMITS.meetingHoursMax * 60)
  durationMinutes: number;
}

@InputType()
export class SeasonMeetingInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(AGENDA_LIMITS.titleMax)
  title: string;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind)
  kind: MeetingKind;

  @Field()
  @IsInYearRange()
  startsAt: Date;

  @Field()
  @IsInYearRange()
  endsAt: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(AGENDA_LIMITS.locationMax)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null && value !== '')
  @MaxLength(AGENDA_LIMITS.urlMax)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(THEMES_PER_ITEM_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

@InputType()
export class ConfirmSeasonInput {
  @IdField()
  groupId: string;

  @Field(() => [SeasonMeetingInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(SEASON_MEETINGS_MAX)
  @ValidateNested({ each: true })
  @Type(() => SeasonMeetingInput)
  meetings: SeasonMeetingInput[];
}
