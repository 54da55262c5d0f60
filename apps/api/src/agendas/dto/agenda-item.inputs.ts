import { AGENDA_LIMITS, AgendaItemKind } from '@elinvoima/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(THEMES_PER_ITEM_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

@InputType()
export class AddAgendaItemInput extends AgendaItemFields {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(AGENDA_LIMITS.titleMax)
  title: string;
}

@InputType()
export class UpdateAgendaItemInput extends AgendaItemFields {
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
}

@InputType()
export class RemoveAgendaItemInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

@InputType()
export class ReorderAgendaInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => Int, { description: "The meeting's agendaVersion the new order was made on" })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  agendaVersion: number;

  @Field(() => [ID], { description: 'Every item of the agenda, each once, in the new order' })
  @ArrayMaxSize(AGENDA_LIMITS.itemsMax)
  @IsUUID('all', { each: true })
  itemIds: string[];
}
