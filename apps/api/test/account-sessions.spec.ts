import { ErrorCode } from '@elinvoima/domain';
import {
  ChangePasswordDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  HeldAccountMailDocument,
  LoginDocument,
  MeDocument,
  MySessionsDocument,
} from '@elinvoima/graphql';
import { THROTTLE } from '../src/accounts/account-throttle.service.js';
import { codeOf, TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

const NEW_PASSWORD = 'syksyn kokoukset alkavat';

describe('changing the password on the own page', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
  });
  afterAll(() => t.close());

  const signedIn = async (token: string) => (await t.gql(MeDocument, {}, { token })).data?.me != null;

  it('asks for the current password, then ends every session and opens a new one for this device', async () => {
    const user = await world.user();
    const here = await world.signIn(user);
    const phone = await world.signIn(user);

    const wrong = await t.gql(
      ChangePasswordDocument,
      { input: { currentPassword: 'väärä salasana', newPassword: NEW_PASSWORD } },
      { token: here },
    );
    expect(codeOf(wrong)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(wrong.errors?.[0].extensions?.fields).toEqual([
      { field: 'currentPassword', message: 'Nykyinen salasana on väärin.' },
    ]);
    expect(await signedIn(phone)).toBe(true);

    const changed = await t.gql(
      ChangePasswordDocument,
      { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, bearer: true } },
      { token: here },
    );
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data!.changePassword.token!;
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(here)).toBe(false);
    expect(await signedIn(fresh)).toBe(true);
    expect(codeOf(await t.gql(LoginDocument, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect(
      (await t.gql(LoginDocument, { input: { email: user.email, password: NEW_PASSWORD } })).errors,
    ).toBeUndefined();

    // The person hears of it by mail (held here, without a mail server, for an organization admin).
    const admin = await world.person(null, undefined, { isOrgAdmin: true });
    const held = await t.gql(HeldAccountMailDocument, {}, { token: admin.token });
    expect(held.data?.heldAccountMail.filter((m) => m.recipientEmail === user.email).map((m) => m.kind)).toEqual([
      'PASSWORD_CHANGED',
    ]);
  });

  it('puts the new session in the cookie of a browser', async () => {
    const user = await world.user();
    const login = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
        variables: { i: { email: user.email, password: TEST_PASSWORD } },
      });
    const oldCookie = String(login.headers['set-cookie']).split(';')[0];
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', oldCookie)
      .send({
        query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token user { id } } }',
        variables: { i: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      });
    expect(res.body.data.changePassword).toEqual({ token: null, user: { id: user.id } });
    const newCookie = String(res.headers['set-cookie']).split(';')[0];
    expect(newCookie).not.toBe(oldCookie);
    const me = (cookie: string) =>
      t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', cookie)
        .send({ query: '{ me { id } }' });
    expect((await me(newCookie)).body.data.me).toEqual({ id: user.id });
    expect((await me(oldCookie)).body.data.me).toBeNull();
  });

  it('refuses a common new password and changes nothing', async () => {
    const user = await world.user();
    const token = await world.signIn(user);
    const other = await world.signIn(user);
    const weak = await t.gql(
      ChangePasswordDocument,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'salasana1234' } },
      { token },
    );
    expect(weak.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'newPassword',
        message: 'Salasana on liian yleinen tai helppo arvata. Valitse jokin muu, esimerkiksi muutaman sanan lause.',
      },
    ]);
    expect(await signedIn(other)).toBe(true);
    expect(
      (await t.gql(LoginDocument, { input: { email: user.email, password: TEST_PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it('checks at most five current passwords in a quarter of an hour, even twenty at once', async () => {
    const user = await world.user();
    const token = await world.signIn(user);
    const tries = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(
          ChangePasswordDocument,
          { input: { currentPassword: `arvaus numero ${i}`, newPassword: NEW_PASSWORD } },
          { token },
        ),
      ),
    );
    const checked = tries.filter((r) => codeOf(r) === ErrorCode.BAD_USER_INPUT);
    const refused = tries.filter((r) => codeOf(r) === ErrorCode.TOO_MANY_REQUESTS);
    expect(checked).toHaveLength(THROTTLE.currentPassword.limit);
    expect(refused).toHaveLength(20 - THROTTLE.currentPassword.limit);
    expect(refused[0].errors?.[0].message).toBe('Liian monta väärää salasanaa. Yritä uudelleen 15 minuutin kuluttua.');
    // Even the right one waits now: a stolen session cannot keep guessing.
    const right = await t.gql(
      ChangePasswordDocument,
      { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      { token },
    );
    expect(codeOf(right)).toBe(ErrorCode.TOO_MANY_REQUESTS);
  });
});

describe('sessions on the own page', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
  });
  afterAll(() => t.close());

  const signedIn = async (token: string) => (await t.gql(MeDocument, {}, { token })).data?.me != null;

  it("lists the viewer's own sessions, this one first and marked", async () => {
    const user = await world.user();
    const first = await world.signIn(user);
    const second = await world.signIn(user);
    await world.signIn(await world.user());
    const listed = await t.gql(MySessionsDocument, {}, { token: second });
    const sessions = listed.data!.mySessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.map((s) => s.current)).toEqual([true, false]);
    expect(Date.parse(sessions[0].expiresAt)).toBeGreaterThan(Date.now());
    const fromFirst = await t.gql(MySessionsDocument, {}, { token: first });
    expect(fromFirst.data!.mySessions.find((s) => s.current)?.id).toBe(sessions[1].id);
  });

  it('ends one other session, but not somebody else’s', async () => {
    const user = await world.user();
    const here = await world.signIn(user);
    const laptop = await world.signIn(user);
    const stranger = await world.person(null);
    const theirs = (await t.gql(MySessionsDocument, {}, { token: stranger.token })).data!.mySessions[0].id;

    expect(codeOf(await t.gql(EndSessionDocument, { id: theirs }, { token: here }))).toBe(ErrorCode.NOT_FOUND);
    expect(await signedIn(stranger.token)).toBe(true);
    expect(codeOf(await t.gql(EndSessionDocument, { id: 'ei-tunniste' }, { token: here }))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );

    const laptopId = (await t.gql(MySessionsDocument, {}, { token: laptop })).data!.mySessions.find(
      (s) => s.current,
    )!.id;
    expect((await t.gql(EndSessionDocument, { id: laptopId }, { token: here })).data?.endSession).toBe(true);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(here)).toBe(true);
  });

  it('ends every other session at once and keeps this one', async () => {
    const user = await world.user();
    const here = await world.signIn(user);
    const others = [await world.signIn(user), await world.signIn(user)];
    const ended = await t.gql(EndOtherSessionsDocument, {}, { token: here });
    expect(ended.data?.endOtherSessions).toBe(2);
    for (const token of others) expect(await signedIn(token)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    expect((await t.gql(MySessionsDocument, {}, { token: here })).data?.mySessions).toHaveLength(1);
  });
});
