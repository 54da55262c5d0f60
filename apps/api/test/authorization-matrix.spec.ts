import { ErrorCode, GroupRole } from '@elinvoima/domain';
import {
  AddMemberDocument,
  ChangeMemberRoleDocument,
  CreateGroupDocument,
  EndMembershipDocument,
  GroupDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  MyGroupsDocument,
  OrganizationsDocument,
  UpdateGroupDocument,
  UpdateMyProfileDocument,
} from '@elinvoima/graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GroupEntity } from '../src/groups/group.entity.js';
import { MembershipEntity } from '../src/groups/membership.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

/** Who asks: nobody, each role in the group, and a member of another group. */
const ROLES = ['anonymous', 'member', 'secretary', 'chair', 'outsider'] as const;
type Role = (typeof ROLES)[number];

interface Setting {
  world: World;
  group: GroupEntity;
  organizationId: string;
  /** A fresh member of the group, for operations that change or end a membership. */
  freshMembership(): Promise<MembershipEntity>;
  freshUser(): Promise<UserEntity>;
}

interface Row {
  operation: string;
  document: TypedDocumentNode<unknown, never>;
  variables: (s: Setting) => Promise<Record<string, unknown>>;
  allowed: readonly Role[];
}

const EVERYONE = ROLES;
const SIGNED_IN: readonly Role[] = ['member', 'secretary', 'chair', 'outsider'];
const GROUP_MEMBERS: readonly Role[] = ['member', 'secretary', 'chair'];
const MANAGERS: readonly Role[] = ['secretary', 'chair'];
const NOBODY: readonly Role[] = [];

/**
 * Every mutation, and every query that returns group data, with who may run it.
 * A new operation fails the completeness test below until it has a row here.
 */
const MATRIX: Row[] = [
  { operation: 'me', document: MeDocument as never, variables: async () => ({}), allowed: EVERYONE },
  {
    operation: 'login',
    document: LoginDocument as never,
    variables: async (s) => ({ input: { email: (await s.freshUser()).email, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  { operation: 'logout', document: LogoutDocument as never, variables: async () => ({}), allowed: EVERYONE },
  { operation: 'updateMyProfile', document: UpdateMyProfileDocument as never, variables: async () => ({ input: { locale: 'FI' } }), allowed: SIGNED_IN },
  { operation: 'organizations', document: OrganizationsDocument as never, variables: async () => ({}), allowed: SIGNED_IN },
  { operation: 'myGroups', document: MyGroupsDocument as never, variables: async () => ({}), allowed: SIGNED_IN },
  { operation: 'group', document: GroupDocument as never, variables: async (s) => ({ id: s.group.id }), allowed: GROUP_MEMBERS },
  {
    operation: 'createGroup',
    document: CreateGroupDocument as never,
    variables: async (s) => ({ input: { organizationId: s.organizationId, name: 'Uusi ryhmä' } }),
    allowed: NOBODY,
  },
  {
    operation: 'updateGroup',
    document: UpdateGroupDocument as never,
    variables: async (s) => ({
      input: { id: s.group.id, version: (await s.world.reload(s.group)).version, description: 'Päivitetty kuvaus' },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'addMember',
    document: AddMemberDocument as never,
    variables: async (s) => {
      const user = await s.freshUser();
      return { input: { groupId: s.group.id, email: user.email, name: user.name, role: 'MEMBER' } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'changeMemberRole',
    document: ChangeMemberRoleDocument as never,
    variables: async (s) => {
      const m = await s.freshMembership();
      return { input: { membershipId: m.id, role: 'SECRETARY', version: m.version } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'endMembership',
    document: EndMembershipDocument as never,
    variables: async (s) => {
      const m = await s.freshMembership();
      return { input: { membershipId: m.id, version: m.version } };
    },
    allowed: MANAGERS,
  },
];

/** Operations with no group data, so not in the matrix (none yet). */
const NOT_GROUP_DATA: string[] = [];

describe('authorization matrix', () => {
  let t: TestApp;
  let setting: Setting;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    const world = new World(t);
    const group = await world.group();
    const other = await world.group();
    tokens.chair = (await world.person(group, GroupRole.CHAIR)).token;
    tokens.secretary = (await world.person(group, GroupRole.SECRETARY)).token;
    tokens.member = (await world.person(group, GroupRole.MEMBER)).token;
    tokens.outsider = (await world.person(other, GroupRole.CHAIR)).token;
    setting = {
      world,
      group,
      organizationId: group.organizationId,
      freshUser: () => world.user(),
      freshMembership: async () => world.membership(group, await world.user(), GroupRole.MEMBER),
    };
  });
  afterAll(() => t.close());

  it('has a row for every mutation and query of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    const covered = [...MATRIX.map((row) => row.operation), ...NOT_GROUP_DATA];
    expect([...covered].sort()).toEqual([...operations].sort());
  });

  describe.each(MATRIX)('$operation', (row) => {
    it.each(ROLES)('as %s', async (role) => {
      const token = tokens[role as Role];
      // `logout` would end the shared session of this role: give it its own.
      const ownToken = row.operation === 'logout' && token ? await signInAgain(t, token) : token;
      const result = await t.gql(row.document, (await row.variables(setting)) as never, { token: ownToken });
      if (row.allowed.includes(role)) {
        expect(result.errors).toBeUndefined();
      } else {
        const expected =
          role === 'anonymous' ? ErrorCode.UNAUTHENTICATED : role === 'outsider' && row.allowed !== NOBODY ? ErrorCode.NOT_FOUND : ErrorCode.FORBIDDEN;
        expect(codeOf(result)).toBe(expected);
        expect(result.data ?? null).toBeNull();
      }
    });
  });

  it('lists the group only to its own members', async () => {
    const outsider = await t.gql(MyGroupsDocument, {}, { token: tokens.outsider });
    expect(outsider.data?.myGroups.map((g) => g.id)).not.toContain(setting.group.id);
    const member = await t.gql(MyGroupsDocument, {}, { token: tokens.member });
    expect(member.data?.myGroups.map((g) => g.id)).toEqual([setting.group.id]);
  });

  it('does not show who else a person works with in other groups', async () => {
    const result = await t.gql(GroupDocument, { id: setting.group.id }, { token: tokens.member });
    const memberships = await t.db.query(`SELECT count(*)::int AS n FROM membership`);
    expect(memberships[0].n).toBeGreaterThan(result.data!.group.members.length);
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${tokens.member}`)
      .send({ query: `query($id: ID!) { group(id: $id) { members { user { memberships { id } } } } }`, variables: { id: setting.group.id } });
    const seen = res.body.data.group.members.flatMap((m: { user: { memberships: unknown[] } }) => m.user.memberships);
    // Only the viewer's own memberships are visible; here that is their one membership.
    expect(seen).toHaveLength(1);
  });

  it('lets an organization admin create a group and manage any group', async () => {
    const admin = await setting.world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    const created = await t.gql(CreateGroupDocument, { input: { organizationId: setting.organizationId, name: 'Rautalammin elinvoimaryhmä' } }, { token: admin.token });
    expect(created.data?.createGroup.name).toBe('Rautalammin elinvoimaryhmä');
    const opened = await t.gql(GroupDocument, { id: setting.group.id }, { token: admin.token });
    expect(opened.errors).toBeUndefined();
  });

  it('refuses an ended membership its former rights', async () => {
    const { user, membership, token } = await setting.world.person(setting.group, GroupRole.SECRETARY);
    await t.db.getRepository(MembershipEntity).update(membership!.id, { until: '2018-12-31' });
    const result = await t.gql(GroupDocument, { id: setting.group.id }, { token });
    expect(codeOf(result)).toBe(ErrorCode.NOT_FOUND);
    expect(user.id).toBeDefined();
  });
});

async function signInAgain(t: TestApp, token: string): Promise<string> {
  const me = await t.gql(MeDocument, {}, { token });
  const login = await t.gql(LoginDocument, { input: { email: me.data!.me!.email, password: TEST_PASSWORD, bearer: true } });
  return login.data!.login.token!;
}
