import { AGENDA_LIMITS, AgendaItemKind } from '@elinvoima/domain';
import { Field, ID, InputType, Int, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IdField, VersionedInput, VersionField } from '../../common/input-fields.js';
import { Trim } from '../../common/trim.js';
import { THEMES_PER_ITEM_MAX } from '../../themes/theme-links.js';

@InputType({ isAbstract: true })
class AgendaItemFields {
  @Field({ nullable: true, description: 'Markdown' })
  @IsOptional()
  @MaxLength(AGENDA_LIMITS.markdownMax)
  description?: string;

  @Field(() => AgendaItemKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgendaItemKind)
  kind?: AgendaItemKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(AGENDA_LIMITS.proposalMax)
  proposal?: string | null;

  @IdField({ nullable: true })
  @IsOptional()
  presenterUserId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(AGENDA_LIMITS.titleMax)
  presenterName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(AGENDA_LIMITS.titleMax)
  presenterOrganization?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(AGENDA_LIMITS.plannedMinutesMax)
  plannedMinutes?: number | null;

  @IdField({ nullable: true })
  @IsOptional()
  projectId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(THEMES_PER_ITEM_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

@InputType()
export class AddAgendaItemInput extends AgendaItemFields {
  @IdField()
  meetingId: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(AGENDA_LIMITS.titleMax)
  title: string;
}

/** Changes to an item: any of its fields, as for a new item. */
@InputType()
export class UpdateAgendaItemInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(AddAgendaItemInput, ['meetingId'])),
) {}

@InputType()
export class RemoveAgendaItemInput extends VersionedInput {}

@InputType()
export class ReorderAgendaInput {
  @IdField()
  meetingId: string;

  @VersionField("The meeting's agendaVersion the new order was made on")
  agendaVersion: number;

  @Field(() => [ID], { description: 'Every item of the agenda, each once, in the new order' })
  @ArrayMaxSize(AGENDA_LIMITS.itemsMax)
  @IsUUID('all', { each: true })
  itemIds: string[];
}
