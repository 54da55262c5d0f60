import { AGENDA_LIMITS, MeetingKind } from '@elinvoima/domain';
import { Field, ID, InputType, IntersectionType, PartialType, PickType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsUrl, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IdField, VersionedInput, VersionField } from '../../common/input-fields.js';
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
  @IdField()
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

  @Field(() => AgendaSource, {
    nullable: true,
    description: 'How the draft agenda starts; the standing items by default',
  })
  @IsOptional()
  @IsEnum(AgendaSource)
  agendaSource?: AgendaSource;

  @IdField({ nullable: true, description: 'With agendaSource COPY: the meeting whose agenda is copied' })
  @IsOptional()
  copyFromMeetingId?: string;
}

/** Changes to a meeting: any of its own fields, as for a new meeting. */
@InputType()
export class UpdateMeetingInput extends IntersectionType(
  VersionedInput,
  PartialType(
    PickType(CreateMeetingInput, ['title', 'kind', 'startsAt', 'endsAt', 'location', 'onlineUrl', 'themeIds']),
  ),
) {}

@InputType()
export class CancelMeetingInput extends VersionedInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(AGENDA_LIMITS.reasonMax)
  reason: string;
}

@InputType()
export class PublishAgendaInput {
  @IdField()
  meetingId: string;

  @VersionField()
  version: number;
}
