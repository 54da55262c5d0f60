import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { SEARCH_QUERY_MAX_LENGTH } from '../search-query.js';

/** The most hits one search returns. */
export const SEARCH_LIMIT_MAX = 50;

@ArgsType()
export class SearchArgs {
  @Field({ description: 'What the user typed; every word matches as a prefix, e.g. "asum" finds "asuminen"' })
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  query: string;

  @Field(() => ID, { nullable: true, description: 'Only this group' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(SEARCH_LIMIT_MAX)
  limit: number;
}
