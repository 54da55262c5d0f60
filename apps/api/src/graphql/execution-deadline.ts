import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, type GraphQLSchema, isLeafType, isObjectType } from 'graphql';
import { performance } from 'node:perf_hooks';
import { TimeoutError } from './limit-error.js';

/** Where a request's context holds the time (performance.now()) its execution must end by. */
export const DEADLINE = Symbol('deadline');

export type WithDeadline = { [DEADLINE]?: number };

/**
 * Checks the deadline before every resolver that returns objects: the root fields and the
 * relations (a meeting's agenda, an item's attachments, a membership's user…), where loaders and
 * SQL start. Scalar fields are read or computed from their parent's row and left alone (the cost
 * limit bounds how many there are), so a request pays one clock reading per object it fetches, not
 * per field. A mutation's own field is checked, what it returns is not: once a change is made, the
 * client gets its answer.
 */
export function checkDeadlineInResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || (!root && isLeafType(getNamedType(field.type)))) continue;
      field.resolve = (source, args, context: WithDeadline | undefined, info) => {
        const deadline = context?.[DEADLINE];
        if (
          deadline !== undefined &&
          performance.now() > deadline &&
          (info.operation.operation !== 'mutation' || !info.path.prev)
        ) {
          throw new TimeoutError();
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Starts the clock when execution starts: parsing, validation and the cost check are done by then. */
export function executionDeadlinePlugin(ms: number): ApolloServerPlugin<WithDeadline> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          contextValue[DEADLINE] = performance.now() + ms;
        },
      };
    },
  };
}
