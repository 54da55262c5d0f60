import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { IdField } from '../../common/input-fields.js';
import { SEARCH_QUERY_MAX_LENGTH } from '../search-query.js';

/** The most hits one search returns. */
export const SEARCH_LIMIT_MAX = 50;

@ArgsType()
export class SearchArgs {
  @Field({ description: 'What the user typed; every word matches as a prefix, e.g. "asum" finds "asuminen"' })
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  query: string;

  @IdField({ nullable: true, description: 'Only this group' })
  @IsOptional()
  groupId?: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(SEARCH_LIMIT_MAX)
  limit: number;
}
