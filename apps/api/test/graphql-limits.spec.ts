import { GroupRole } from '@elinvoima/domain';
import * as operations from '@elinvoima/graphql';
import { MeetingsDocument } from '@elinvoima/graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DocumentNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  typeFromAST,
  visit,
} from 'graphql';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { declaredListBounds } from '../src/graphql/list-bounds.js';
import { requestCost } from '../src/graphql/query-cost.js';
import { QUERY_LIMITS, TIME_LIMITS } from '../src/graphql/query-limits.js';
import { SEARCH_LIMIT_MAX } from '../src/search/dto/search.args.js';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

/**
 * A refusal must come before any real work: parsing, validation and the cost estimate only. The
 * fastest of three tries is timed, so that a busy test machine does not decide; a document that
 * ran would take seconds every time.
 */
const REFUSAL_MS = 100;
const TRIES = 3;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
}

/** Over a real socket, so that a refusal and /health can be in flight at the same time. */
class Client {
  constructor(private readonly base: string) {}

  async post(
    query: string,
    options: { token?: string; locale?: string; variables?: Record<string, unknown> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    const started = performance.now();
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: options.variables }),
    });
    const body = (await res.json()) as Answer['body'];
    return { status: res.status, body, ms: performance.now() - started };
  }

  /** Sends the document and asks /health while it is answered, TRIES times; the fastest answer. */
  async postWhileHealthy(
    query: string,
    options: { token?: string; locale?: string } = {},
  ): Promise<{ answer: Answer; health: number[] }> {
    const tries: { answer: Answer; health: number }[] = [];
    for (let i = 0; i < TRIES; i++) {
      const [answer, health] = await Promise.all([
        this.post(query, options),
        fetch(`${this.base}/health`).then((res) => res.status),
      ]);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      tries.push({ answer, health });
    }
    const fastest = tries.reduce((a, b) => (b.answer.ms < a.answer.ms ? b : a));
    return { answer: fastest.answer, health: tries.map((t) => t.health) };
  }
}

function limitOf(answer: Answer): unknown {
  return answer.body.errors?.[0]?.extensions?.limit;
}

/** `{ myGroups { members { group { members { … id } } } } }`, `depth` fields deep. */
function groupMemberCycle(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level--)
    selection = `${level % 2 === 0 ? 'members' : 'group'} { ${selection} }`;
  return `{ myGroups { ${selection} } }`;
}

function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** Apollo Client adds __typename to every selection set before sending. */
function asSent(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet(node, _key, parent) {
        if ((parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        };
      },
    }),
  );
}

/** A value of the right GraphQL type for each variable; lists have one item, `limit` is at its maximum. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, name)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields()).map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  switch (nullable.name) {
    case 'Int':
      return name === 'limit' ? SEARCH_LIMIT_MAX : 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2018-11-21T12:00:00.000Z';
    case 'ID':
      return '7b0c8f7e-2d1a-4c36-9a55-0f7d3c1e2b4a';
    default:
      return 'Vesanto';
  }
}

describe('GraphQL documents are checked against limits before they run', () => {
  let t: TestApp;
  let client: Client;
  let world: World;
  let member: { token: string };
  let secretary: { token: string };
  let groupId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    client = new Client(`http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`);
    world = new World(t);
    const group = await world.group();
    groupId = group.id;
    member = await world.person(group, GroupRole.MEMBER);
    secretary = await world.person(group, GroupRole.SECRETARY);
    await world.agendaItem(await world.meeting(group));
    // The first request of a process compiles code paths; refusals are timed after it.
    await client.post('{ me { id } }', { token: member.token });
  }, 30_000);
  afterAll(() => t.close());

  it('refuses the depth-30 cycle of groups and members, sent by a member, at once and with /health answering', async () => {
    const { answer, health } = await client.postWhileHealthy(groupMemberCycle(30), { token: member.token });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
      limit: 'depth',
      max: QUERY_LIMITS.depth,
    });
    expect(answer.body.errors?.[0]?.message).toBe(
      `Kysely on liian syvä: enintään ${QUERY_LIMITS.depth} sisäkkäistä tasoa.`,
    );
    expect(answer.body.data).toBeUndefined();
    expect(answer.ms).toBeLessThan(REFUSAL_MS);
    expect(health).toEqual([200, 200, 200]);
  });

  it("refuses 1,500 aliases of a group's meetings with their agendas, sent by a secretary", async () => {
    const query = aliased(1500, `meetings(groupId: "${groupId}") { agenda { id title description } }`);
    const { answer, health } = await client.postWhileHealthy(query, { token: secretary.token });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(limitOf(answer)).toBe('tokens');
    expect(answer.ms).toBeLessThan(REFUSAL_MS);
    expect(health).toEqual([200, 200, 200]);
  });

  it('refuses 1,000 aliases of introspection without signing in', async () => {
    const { answer, health } = await client.postWhileHealthy(
      aliased(1000, '__schema { types { name fields { name } } }'),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(limitOf(answer)).toBe('tokens');
    expect(answer.ms).toBeLessThan(REFUSAL_MS);
    expect(health).toEqual([200, 200, 200]);
  });

  const fragmentBomb = () => {
    // Each fragment spreads the next twice: 2^15 copies of `me { id }` in 200 tokens.
    const fragments = Array.from({ length: 15 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    return `query { ...F0 } ${fragments.join(' ')} fragment F15 on Query { me { id } }`;
  };

  it.each([
    ['depth', '{ me { memberships { group { members { user { memberships { group { id } } } } } } } }'],
    ['aliases', aliased(QUERY_LIMITS.aliases + 1, 'me { id }')],
    ['directives', `{ me { ${'id @include(if: true) '.repeat(QUERY_LIMITS.directives + 1)}} }`],
    ['tokens', `{ me { ${'id '.repeat(QUERY_LIMITS.tokens)}} }`],
    ['cost', '{ myGroups { members { user { memberships { id } } } } }'],
    ['cost', fragmentBomb()],
    // Within graphql-js's own limit of introspection (three nested lists of fields), but each list multiplies the answer.
    ['cost', '{ __schema { types { fields { args { type { fields { args { type { name } } } } } } } } }'],
  ])('names the limit a document exceeds: %s', async (limit, query) => {
    const { answer } = await client.postWhileHealthy(query, { token: member.token });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      limit,
      max: QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS],
    });
    expect(answer.ms).toBeLessThan(REFUSAL_MS);
  });

  it('tells the estimated cost, in the language of the user', async () => {
    // Signed in, the user's own language would decide.
    const answer = await client.post('{ myGroups { members { user { memberships { id } } } } }', { locale: 'en' });
    // myGroups: 1 + 200 × members: (1 + 100 × user: (1 + memberships: (1 + 50 × id: 1)))
    expect(answer.body.errors?.[0]?.extensions?.found).toBe(1 + 200 * (1 + 100 * (1 + (1 + 50 * 1))));
    expect(answer.body.errors?.[0]?.message).toBe(
      `The query asks for too much at once: its estimated size may be at most ${QUERY_LIMITS.cost}.`,
    );
  });

  it('counts a list by the limit the request gives it, up to the most the API returns', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const search = parse(
      'query ($limit: Int!) { search(query: "asuminen", limit: $limit) { title meetingTitle snippet } }',
    );
    const operation = search.definitions[0] as OperationDefinitionNode;
    const cost = (limit: number) => requestCost(schema, search, operation, undefined, { limit });
    expect([cost(5), cost(50), cost(5000)]).toEqual([1 + 5 * 3, 1 + SEARCH_LIMIT_MAX * 3, 1 + SEARCH_LIMIT_MAX * 3]);
  });

  it('takes one operation per request, and no persisted query', async () => {
    const post = (body: unknown) =>
      t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(body as object);
    const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    const persisted = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(persisted.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('lets every operation of the web client through, as Apollo Client sends it', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document')) as [
      string,
      DocumentNode,
    ][];
    expect(documents.length).toBeGreaterThan(30);
    // Its own secretary: Logout and UpdateMyProfile run too.
    const { token } = await world.person(await world.group(), GroupRole.SECRETARY);
    for (const [name, document] of documents) {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value),
        ]),
      );
      const answer = await client.post(asSent(document), { token, variables });
      const refusals = (answer.body.errors ?? []).filter(
        (e) =>
          e.extensions?.limit !== undefined || /GRAPHQL_(PARSE|VALIDATION)_FAILED/.test(String(e.extensions?.code)),
      );
      expect({ name, refusals }).toEqual({ name, refusals: [] });
    }
  }, 30_000);

  it('lets the standard introspection query of development tools through outside production', async () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const answer = await client.post(full);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.__schema as { types: unknown[] }).types.length).toBeGreaterThan(50);
    const typo = await client.post('{ me { nmae } }', { locale: 'en' });
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
  });

  it('knows the bound of every list of objects in the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const bounds = declaredListBounds(schema);
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const fieldType = getNullableType(field.type);
        const listOfObjects = isListType(fieldType) && !isLeafType(getNamedType(fieldType));
        if (listOfObjects && !(`${type.name}.${field.name}` in bounds)) {
          unbounded.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});

describe('a statement that waits too long', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
  }, 30_000);
  afterAll(() => t.close());

  it('is cancelled by PostgreSQL at the time limit and answered with a coded error', async () => {
    const group = await world.group();
    const { token } = await world.person(group, GroupRole.MEMBER);
    // Another session holds the meetings, as a long migration or a stuck transaction would.
    const locker = t.db.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query('LOCK TABLE meeting IN ACCESS EXCLUSIVE MODE');
    try {
      const started = performance.now();
      const result = await t.gql(MeetingsDocument, { groupId: group.id }, { token });
      const ms = performance.now() - started;
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT' });
      expect(result.errors?.[0]?.message).toBe(
        `Pyyntö kesti liian kauan ja keskeytettiin (${TIME_LIMITS.statementMs / 1000} s). Yritä hetken kuluttua uudelleen.`,
      );
      expect(ms).toBeGreaterThanOrEqual(TIME_LIMITS.statementMs);
      expect(ms).toBeLessThan(TIME_LIMITS.statementMs + 2_000);
    } finally {
      await locker.rollbackTransaction();
      await locker.release();
    }
    // The connection it ran on is fine afterwards.
    expect((await t.gql(MeetingsDocument, { groupId: group.id }, { token })).errors).toBeUndefined();
  }, 30_000);
});

describe('in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production', SESSION_SECRET: 'tuotannon-istuntoavain-vahintaan-32-merkkia' });
  }, 30_000);
  afterAll(() => t.close());

  const post = (query: string, variables?: Record<string, unknown>) =>
    t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'en')
      .send({ query, variables });

  it('answers no introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Meeting") { fields { name } } }']) {
      const res = await post(query);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // __typename is not introspection of the schema; clients rely on it.
    expect((await post('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('suggests no field, argument or enum value', async () => {
    const typo = await post('{ me { nmae } }');
    expect(typo.body.errors[0].message).toBe('Cannot query field "nmae" on type "User".');
    const argument = await post('{ search(qurey: "asuminen") { title } }');
    expect(JSON.stringify(argument.body.errors)).not.toMatch(/Did you mean/);
    const input = {
      groupId: '7b0c8f7e-2d1a-4c36-9a55-0f7d3c1e2b4a',
      title: 'Teemakokous',
      kind: 'THEMEE',
      startsAt: '2018-11-21T12:00:00Z',
      endsAt: '2018-11-21T14:00:00Z',
    };
    const enumValue = await post('mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input,
    });
    expect(enumValue.body.errors[0].message).toMatch(/"THEMEE" does not exist in "MeetingKind" enum\.$/);
  });
});
