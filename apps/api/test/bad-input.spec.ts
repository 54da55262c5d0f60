import { ErrorCode, GroupRole, LIMITS, MeetingKind } from '@elinvoima/domain';
import { jest } from '@jest/globals';
import {
  AddMemberDocument,
  ChangeMemberRoleDocument,
  CreateMeetingDocument,
  EndMembershipDocument,
  GroupDocument,
  LoginDocument,
  UpdateGroupDocument,
} from '@elinvoima/graphql';
import { logger } from '../src/common/logger.js';
import { GroupEntity } from '../src/groups/group.entity.js';
import { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { MembershipEntity } from '../src/groups/membership.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('bad input gets a clear error and changes nothing', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let chair: { token: string; membership: MembershipEntity | null };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    chair = await world.person(group, GroupRole.CHAIR);
  });
  afterAll(() => t.close());

  const post = (body: string | object, token?: string) => {
    let req = t.http().post('/graphql').set('content-type', 'application/json');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.send(body);
  };

  it('a malformed GraphQL document', async () => {
    const res = await post({ query: '{ group(id: "x" { name }' }, chair.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|stacktrace/);
  });

  it('JSON that does not parse', async () => {
    const res = await post('{"query": ', chair.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('a body of 2 MB', async () => {
    const res = await post(
      { query: `{ me { name } }`, variables: { padding: 'a'.repeat(2 * 1024 * 1024) } },
      chair.token,
    );
    expect(res.status).toBe(413);
    expect(res.body.errors[0].message).toBe('Pyyntö on liian suuri (enintään 1 Mt).');
  });

  it('an over-long name, with a message for the field', async () => {
    const before = await world.reload(group);
    const result = await t.gql(
      UpdateGroupDocument,
      { input: { id: group.id, version: before.version, name: 'x'.repeat(LIMITS.nameMax + 1) } },
      { token: chair.token },
    );
    expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: `Enintään ${LIMITS.nameMax} merkkiä.` },
    ]);
    expect(await world.reload(group)).toEqual(before);
  });

  it('an invalid UUID, as an argument and inside an input', async () => {
    const direct = await t.gql(GroupDocument, { id: 'not-a-uuid' }, { token: chair.token });
    expect(codeOf(direct)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(direct.errors?.[0].extensions?.fields).toEqual([{ field: 'id', message: 'Tunniste ei ole kelvollinen.' }]);
    const nested = await t.gql(
      ChangeMemberRoleDocument,
      { input: { membershipId: "1' OR '1'='1", role: 'CHAIR', version: 1 } },
      { token: chair.token },
    );
    expect(codeOf(nested)).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('an unknown id', async () => {
    const result = await t.gql(GroupDocument, { id: '00000000-0000-4000-8000-000000000000' }, { token: chair.token });
    expect(codeOf(result)).toBe(ErrorCode.NOT_FOUND);
  });

  it('a stale version: CONFLICT with the current version, the newer change kept', async () => {
    const { version } = await world.reload(group);
    const first = await t.gql(
      UpdateGroupDocument,
      { input: { id: group.id, version, description: 'Ensimmäinen' } },
      { token: chair.token },
    );
    expect(first.data?.updateGroup.version).toBe(version + 1);
    const second = await t.gql(
      UpdateGroupDocument,
      { input: { id: group.id, version, description: 'Toinen' } },
      { token: chair.token },
    );
    expect(codeOf(second)).toBe(ErrorCode.CONFLICT);
    expect(second.errors?.[0].extensions?.currentVersion).toBe(version + 1);
    expect((await world.reload(group)).description).toBe('Ensimmäinen');
  });

  it('an invalid email or an impossible date for a new member, and no account is created', async () => {
    const users = await t.db.getRepository(UserEntity).count();
    const result = await t.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email: 'ei sähköposti', name: ' ', role: 'MEMBER', since: '2018-02-31' } },
      { token: chair.token },
    );
    expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: 'Anna kelvollinen sähköpostiosoite.' },
      { field: 'name', message: 'Pakollinen tieto.' },
      { field: 'since', message: 'Tätä päivämäärää ei ole kalenterissa.' },
    ]);
    expect(await t.db.getRepository(UserEntity).count()).toBe(users);
  });

  it('a date of each wrong kind gets the message that is true of it', async () => {
    const memberships = await t.db.getRepository(MembershipEntity).countBy({ groupId: group.id });
    const add = (since: string) =>
      t.gql(
        AddMemberDocument,
        { input: { groupId: group.id, email: 'uusi.jasen@kunta.example', name: 'Uusi Jäsen', role: 'MEMBER', since } },
        { token: chair.token },
      );
    const fieldsOf = async (since: string) => (await add(since)).errors?.[0].extensions?.fields;
    expect(await fieldsOf('1.3.2031')).toEqual([{ field: 'since', message: 'Anna päivämäärä muodossa VVVV-KK-PP.' }]);
    expect(await fieldsOf('2031-02-30')).toEqual([
      { field: 'since', message: 'Tätä päivämäärää ei ole kalenterissa.' },
    ]);
    expect(await fieldsOf('2031-13-01')).toEqual([
      { field: 'since', message: 'Tätä päivämäärää ei ole kalenterissa.' },
    ]);
    expect(await fieldsOf('9999-01-01')).toEqual([
      { field: 'since', message: 'Päivämäärän on oltava vuosien 1900 ja 2200 välillä.' },
    ]);
    expect(await t.db.getRepository(MembershipEntity).countBy({ groupId: group.id })).toBe(memberships);
  });

  it('a meeting on a day the calendar lacks is refused, not moved to March', async () => {
    const meeting = {
      groupId: group.id,
      title: 'Teemakokous: asuminen',
      kind: MeetingKind.THEME,
      endsAt: '2031-03-02T12:00:00Z',
    };
    const result = await t.gql(
      CreateMeetingDocument,
      { input: { ...meeting, startsAt: '2031-02-30T10:00:00Z' } },
      { token: chair.token },
    );
    expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'startsAt', message: 'Anna kelvollinen päivämäärä.' },
    ]);
    const hour25 = await t.gql(
      CreateMeetingDocument,
      { input: { ...meeting, startsAt: '2031-03-01T25:00:00Z' } },
      { token: chair.token },
    );
    expect(hour25.errors?.[0].extensions?.fields).toEqual([
      { field: 'startsAt', message: 'Anna kelvollinen päivämäärä.' },
    ]);
    expect(await t.db.getRepository(MeetingEntity).countBy({ groupId: group.id })).toBe(0);
  });

  it('a NUL character or a lone surrogate in any text, with the field named', async () => {
    const before = await world.reload(group);
    const nul = await t.gql(
      UpdateGroupDocument,
      { input: { id: group.id, version: before.version, name: 'Elinvoima\u0000ryhmä' } },
      { token: chair.token },
    );
    expect(codeOf(nul)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(nul.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: 'Teksti sisältää merkkejä, joita ei voi tallentaa (esimerkiksi nollamerkin).' },
    ]);
    expect(await world.reload(group)).toEqual(before);

    const users = await t.db.getRepository(UserEntity).count();
    const surrogate = await t.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email: 'a\ud800b@x.fi', name: 'Outo Osoite', role: 'MEMBER' } },
      { token: chair.token },
    );
    expect(codeOf(surrogate)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(surrogate.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: expect.stringContaining('ei voi tallentaa') },
    ]);
    expect(await t.db.getRepository(UserEntity).count()).toBe(users);

    const login = await t.gql(LoginDocument, { input: { email: 'a\ud800b@x.fi', password: 'salasana-joka-on-pitka' } });
    expect(codeOf(login)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(login.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: expect.stringContaining('ei voi tallentaa') },
    ]);
  });

  it('a client error is logged below error level; only the unexpected is an error', async () => {
    const errors = jest.spyOn(logger, 'error');
    try {
      await t.gql(GroupDocument, { id: '00000000-0000-4000-8000-000000000000' }, { token: chair.token });
      await t.gql(GroupDocument, { id: group.id });
      await t.gql(LoginDocument, { input: { email: 'ei.ole@kunta.example', password: 'väärin-väärin' } });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('adding someone who is already a member', async () => {
    const existing = await world.person(group, GroupRole.MEMBER);
    const result = await t.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email: existing.user.email, name: existing.user.name, role: 'MEMBER' } },
      { token: chair.token },
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'email', message: 'Henkilö on jo ryhmän jäsen.' }]);
  });

  it('ending or demoting the last chair or secretary', async () => {
    const lone = await world.group();
    const onlyChair = await world.person(lone, GroupRole.CHAIR);
    const m = onlyChair.membership!;
    const demote = await t.gql(
      ChangeMemberRoleDocument,
      { input: { membershipId: m.id, role: 'MEMBER', version: m.version } },
      { token: onlyChair.token },
    );
    expect(demote.errors?.[0].extensions?.fields).toEqual([
      { field: 'role', message: 'Ryhmällä on oltava vähintään yksi puheenjohtaja tai sihteeri.' },
    ]);
    const end = await t.gql(
      EndMembershipDocument,
      { input: { membershipId: m.id, version: m.version } },
      { token: onlyChair.token },
    );
    expect(codeOf(end)).toBe(ErrorCode.BAD_USER_INPUT);
    const after = await t.db.getRepository(MembershipEntity).findOneByOrFail({ id: m.id });
    expect({ role: after.role, until: after.until }).toEqual({ role: GroupRole.CHAIR, until: null });
  });

  it('an end date before the membership began', async () => {
    const member = await world.person(group, GroupRole.MEMBER);
    const m = member.membership!;
    const result = await t.gql(
      EndMembershipDocument,
      { input: { membershipId: m.id, until: '2017-12-31', version: m.version } },
      { token: chair.token },
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'until', message: 'Päättymispäivä ei voi olla ennen alkamispäivää.' },
    ]);
  });
});
