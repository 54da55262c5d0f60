import { Extensions } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';

/** The most items a list field returns, or how to read it from the field's arguments. */
export type ListBoundValue = number | ((args: Record<string, unknown>) => number);

const LIST_BOUND = 'listBound';

/**
 * Declares how long a list of objects can get, for the cost of a query: where the API enforces a
 * bound, that bound; elsewhere the largest a region's working groups plausibly reach, with room (the
 * benchmark's data: 18 groups at scale 1 and 180 at scale 10, 20–40 members per group, a meeting a
 * month for ten years, 8–15 items per agenda). Every list of objects in the schema needs one
 * (graphql-limits.spec.ts). Put it on the field, the query or the field resolver:
 * `@ListBound(200) @Query(() => [GroupEntity])`.
 */
export const ListBound = (bound: ListBoundValue) => Extensions({ [LIST_BOUND]: bound });

/** The bounds the schema's fields declare, by `Type.field`. */
export function declaredListBounds(schema: GraphQLSchema): Record<string, ListBoundValue> {
  const bounds: Record<string, ListBoundValue> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!('getFields' in type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const bound = (field.extensions as Record<string, unknown> | undefined)?.[LIST_BOUND];
      if (bound !== undefined) bounds[`${type.name}.${field.name}`] = bound as ListBoundValue;
    }
  }
  return bounds;
}
