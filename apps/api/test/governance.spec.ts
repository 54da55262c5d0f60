import { ErrorCode, GroupRole } from '@elinvoima/domain';
import { AddMemberDocument, ChangeMemberRoleDocument, EndMembershipDocument } from '@elinvoima/graphql';
import type { GroupEntity } from '../src/groups/group.entity.js';
import { MembershipEntity } from '../src/groups/membership.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

type Person = Awaited<ReturnType<World['person']>>;

describe('who decides who is chair', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
  });
  afterAll(() => t.close());

  async function groupWithChairAndSecretary(): Promise<{
    group: GroupEntity;
    chair: Person;
    secretary: Person;
    member: Person;
  }> {
    const group = await world.group();
    return {
      group,
      chair: await world.person(group, GroupRole.CHAIR),
      secretary: await world.person(group, GroupRole.SECRETARY),
      member: await world.person(group, GroupRole.MEMBER),
    };
  }

  const roleOf = async (membership: MembershipEntity | null) =>
    (await t.db.getRepository(MembershipEntity).findOneByOrFail({ id: membership!.id })).role;

  it('a secretary can neither demote the chair nor make herself chair', async () => {
    const { chair, secretary } = await groupWithChairAndSecretary();
    const demote = await t.gql(
      ChangeMemberRoleDocument,
      { input: { membershipId: chair.membership!.id, role: GroupRole.MEMBER, version: chair.membership!.version } },
      { token: secretary.token },
    );
    expect(codeOf(demote)).toBe(ErrorCode.FORBIDDEN);
    expect(demote.errors?.[0].extensions?.fields).toEqual([
      { field: 'role', message: 'Vain puheenjohtaja tai organisaation ylläpitäjä voi vaihtaa ryhmän puheenjohtajan.' },
    ]);
    const promoteSelf = await t.gql(
      ChangeMemberRoleDocument,
      {
        input: {
          membershipId: secretary.membership!.id,
          role: GroupRole.CHAIR,
          version: secretary.membership!.version,
        },
      },
      { token: secretary.token },
    );
    expect(codeOf(promoteSelf)).toBe(ErrorCode.FORBIDDEN);
    const endChair = await t.gql(
      EndMembershipDocument,
      { input: { membershipId: chair.membership!.id, version: chair.membership!.version } },
      { token: secretary.token },
    );
    expect(codeOf(endChair)).toBe(ErrorCode.FORBIDDEN);
    expect([await roleOf(chair.membership), await roleOf(secretary.membership)]).toEqual([
      GroupRole.CHAIR,
      GroupRole.SECRETARY,
    ]);
    const ended = await t.db.getRepository(MembershipEntity).findOneByOrFail({ id: chair.membership!.id });
    expect(ended.until).toBeNull();
  });

  it('a secretary cannot add a new chair', async () => {
    const { group, secretary } = await groupWithChairAndSecretary();
    const before = await t.db.getRepository(MembershipEntity).countBy({ groupId: group.id });
    const result = await t.gql(
      AddMemberDocument,
      {
        input: { groupId: group.id, email: 'uusi.pj@kunta.example', name: 'Uusi Puheenjohtaja', role: GroupRole.CHAIR },
      },
      { token: secretary.token },
    );
    expect(codeOf(result)).toBe(ErrorCode.FORBIDDEN);
    expect(await t.db.getRepository(MembershipEntity).countBy({ groupId: group.id })).toBe(before);
  });

  it('a secretary still manages the other roles', async () => {
    const { secretary, member } = await groupWithChairAndSecretary();
    const result = await t.gql(
      ChangeMemberRoleDocument,
      {
        input: { membershipId: member.membership!.id, role: GroupRole.SECRETARY, version: member.membership!.version },
      },
      { token: secretary.token },
    );
    expect(result.errors).toBeUndefined();
    expect(await roleOf(member.membership)).toBe(GroupRole.SECRETARY);
  });

  it('the chair hands the chair over: first a new chair, then steps down', async () => {
    const { chair, member } = await groupWithChairAndSecretary();
    const stepDownFirst = await t.gql(
      ChangeMemberRoleDocument,
      { input: { membershipId: chair.membership!.id, role: GroupRole.MEMBER, version: chair.membership!.version } },
      { token: chair.token },
    );
    expect(codeOf(stepDownFirst)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(stepDownFirst.errors?.[0].extensions?.fields).toEqual([
      { field: 'role', message: 'Ryhmällä on oltava puheenjohtaja: valitse ensin uusi puheenjohtaja.' },
    ]);
    expect(await roleOf(chair.membership)).toBe(GroupRole.CHAIR);

    const promote = await t.gql(
      ChangeMemberRoleDocument,
      { input: { membershipId: member.membership!.id, role: GroupRole.CHAIR, version: member.membership!.version } },
      { token: chair.token },
    );
    expect(promote.errors).toBeUndefined();
    const stepDown = await t.gql(
      ChangeMemberRoleDocument,
      { input: { membershipId: chair.membership!.id, role: GroupRole.MEMBER, version: chair.membership!.version } },
      { token: chair.token },
    );
    expect(stepDown.errors).toBeUndefined();
    expect([await roleOf(chair.membership), await roleOf(member.membership)]).toEqual([
      GroupRole.MEMBER,
      GroupRole.CHAIR,
    ]);
  });

  it('an organization admin may change the chair, but not leave the group without one', async () => {
    const { chair, secretary } = await groupWithChairAndSecretary();
    const admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    const end = await t.gql(
      EndMembershipDocument,
      { input: { membershipId: chair.membership!.id, version: chair.membership!.version } },
      { token: admin.token },
    );
    expect(end.errors?.[0].extensions?.fields).toEqual([
      { field: 'membershipId', message: 'Ryhmällä on oltava puheenjohtaja: valitse ensin uusi puheenjohtaja.' },
    ]);
    const promote = await t.gql(
      ChangeMemberRoleDocument,
      {
        input: {
          membershipId: secretary.membership!.id,
          role: GroupRole.CHAIR,
          version: secretary.membership!.version,
        },
      },
      { token: admin.token },
    );
    expect(promote.errors).toBeUndefined();
    const endOld = await t.gql(
      EndMembershipDocument,
      { input: { membershipId: chair.membership!.id, version: chair.membership!.version } },
      { token: admin.token },
    );
    expect(endOld.errors).toBeUndefined();
  });
});
