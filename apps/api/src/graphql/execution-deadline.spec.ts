import { ApolloServer } from '@apollo/server';
import { GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatGraphqlError } from './format-error.js';
import { checkDeadlineInResolvers, executionDeadlinePlugin } from './execution-deadline.js';

const DEADLINE_MS = 50;

/** A schema whose first level takes longer than the deadline; what it returns has a relation of its own. */
function slowSchema(calls: string[]) {
  const person = new GraphQLObjectType({
    name: 'Person',
    fields: { name: { type: new GraphQLNonNull(GraphQLString) } },
  });
  const item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      name: { type: new GraphQLNonNull(GraphQLString) },
      owner: {
        type: new GraphQLNonNull(person),
        resolve: (parent: { name: string }) => {
          calls.push(parent.name);
          return { name: `owner of ${parent.name}` };
        },
      },
    },
  });
  const items = (delayMs: number) => async () => {
    await sleep(delayMs);
    return [{ name: 'a' }, { name: 'b' }];
  };
  return checkDeadlineInResolvers(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          slow: {
            type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))),
            resolve: items(DEADLINE_MS * 3),
          },
          fast: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))), resolve: items(0) },
        },
      }),
      mutation: new GraphQLObjectType({
        name: 'Mutation',
        fields: {
          change: {
            type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))),
            resolve: items(DEADLINE_MS * 3),
          },
        },
      }),
    }),
  );
}

describe('the execution deadline', () => {
  let calls: string[];
  let server: ApolloServer;

  beforeEach(async () => {
    calls = [];
    server = new ApolloServer({
      schema: slowSchema(calls),
      plugins: [executionDeadlinePlugin(DEADLINE_MS)],
      formatError: formatGraphqlError,
    });
    await server.start();
  });
  afterEach(() => server.stop());

  async function run(query: string) {
    const response = await server.executeOperation({ query }, { contextValue: {} });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it('stops a query at the first relation resolved after the deadline, with a coded error', async () => {
    const result = await run('{ slow { name owner { name } } }');
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect(calls).toEqual([]);
  });

  it('lets a query within the deadline run whole', async () => {
    const result = await run('{ fast { owner { name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ fast: [{ owner: { name: 'owner of a' } }, { owner: { name: 'owner of b' } }] });
  });

  it('answers a mutation that ran with what it returns, even after the deadline', async () => {
    const result = await run('mutation { change { owner { name } } }');
    expect(result.errors).toBeUndefined();
    expect(calls).toEqual(['a', 'b']);
  });

  it('starts no further mutation after the deadline', async () => {
    const result = await run('mutation { first: change { name } second: change { name } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ path: ['second'], extensions: { code: 'TIMEOUT' } });
  });
});
