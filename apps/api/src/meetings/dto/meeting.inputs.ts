import { AGENDA_LIMITS, MeetingKind } from '@elinvoima/domain';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Trim } from '../../common/trim.js';
import { IsInYearRange } from '../../common/year-range.js';
import { THEMES_PER_ITEM_MAX } from '../../themes/theme-links.js';

export enum AgendaSource {
  /** The group's standing items */
  TEMPLATE = 'TEMPLATE',
  /** A copy of an earlier meeting's agenda */
  COPY = 'COPY',
  EMPTY = 'EMPTY',
}
registerEnumType(AgendaSource, { name: 'AgendaSource' });

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType()
export class CreateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

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
  @Trim()
  @ValidateIf((_, value) => value !== null && value !== '')
  @MaxLength(AGENDA_LIMITS.urlMax)
  @IsUrl(URL_OPTIONS)
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(THEMES_PER_ITEM_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => AgendaSource, { nullable: true, description: 'How the draft agenda starts; the standing items by default' })
  @IsOptional()
  @IsEnum(AgendaSource)
  agendaSource?: AgendaSource;

  @Field(() => ID, { nullable: true, description: 'With agendaSource COPY: the meeting whose agenda is copied' })
  @IsOptional()
  @IsUUID()
  copyFromMeetingId?: string;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(AGENDA_LIMITS.titleMax)
  title?: string;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsInYearRange()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsInYearRange()
  endsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(AGENDA_LIMITS.locationMax)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @ValidateIf((_, value) => value !== null && value !== '')
  @MaxLength(AGENDA_LIMITS.urlMax)
  @IsUrl(URL_OPTIONS)
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(THEMES_PER_ITEM_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(AGENDA_LIMITS.reasonMax)
  reason: string;
}

@InputType()
export class PublishAgendaInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}
