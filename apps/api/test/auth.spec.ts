import { ErrorCode } from '@elinvoima/domain';
import { LoginDocument, LogoutDocument, MeDocument, UpdateMyProfileDocument } from '@elinvoima/graphql';
import { LOGIN_LIMITS } from '../src/auth/login-limiter.js';
import { SessionEntity } from '../src/auth/session.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

describe('signing in', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
  });
  afterAll(() => t.close());

  it('opens a session in an httpOnly, SameSite=Lax cookie and shows who is signed in', async () => {
    const user = await world.user({ name: 'Sanna Sihteeri' });
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'mutation($i: LoginInput!) { login(input: $i) { user { name } token } }',
        variables: { i: { email: user.email, password: TEST_PASSWORD } },
      });
    expect(res.body.data.login).toEqual({ user: { name: 'Sanna Sihteeri' }, token: null });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/elinvoima_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie.split(';')[0])
      .send({ query: '{ me { name } }' });
    expect(me.body.data.me).toEqual({ name: 'Sanna Sihteeri' });
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const user = await world.user();
    const result = await t.gql(LoginDocument, {
      input: { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user.id).toBe(user.id);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const user = await world.user();
    const wrongPassword = await t.gql(LoginDocument, { input: { email: user.email, password: 'väärä-salasana' } });
    const unknownEmail = await t.gql(LoginDocument, {
      input: { email: 'ei.ole@kunta.example', password: 'väärä-salasana' },
    });
    expect(codeOf(wrongPassword)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(wrongPassword.errors?.[0].message).toBe('Sähköpostiosoite tai salasana on väärin.');
    expect(unknownEmail.errors?.[0]).toEqual(wrongPassword.errors?.[0]);
    expect(wrongPassword.status).toBe(200);
  });

  it('refuses further tries after repeated failures on one account, even with the right password', async () => {
    const user = await world.user();
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      await t.gql(LoginDocument, { input: { email: user.email, password: `arvaus-${i}` } });
    }
    const result = await t.gql(LoginDocument, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(result)).toBe(ErrorCode.TOO_MANY_REQUESTS);
    expect(result.errors?.[0].message).toContain('15 minuutin');
  });

  it('rate-limits an unknown email exactly like a known one', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      await t.gql(LoginDocument, { input: { email: 'tuntematon@kunta.example', password: `arvaus-${i}` } });
    }
    const result = await t.gql(LoginDocument, { input: { email: 'tuntematon@kunta.example', password: 'arvaus' } });
    expect(codeOf(result)).toBe(ErrorCode.TOO_MANY_REQUESTS);
  });

  it('ends the session on logout', async () => {
    const user = await world.user();
    const token = await world.signIn(user);
    expect((await t.gql(MeDocument, {}, { token })).data?.me?.id).toBe(user.id);
    expect((await t.gql(LogoutDocument, {}, { token })).data?.logout).toBe(true);
    expect((await t.gql(MeDocument, {}, { token })).data?.me).toBeNull();
  });

  it('does not accept an expired session', async () => {
    const user = await world.user();
    const token = await world.signIn(user);
    await t.db.getRepository(SessionEntity).update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.gql(MeDocument, {}, { token })).data?.me).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const user = await world.user();
    const token = await world.signIn(user);
    const sessions = await t.db.getRepository(SessionEntity).findBy({ userId: user.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].tokenHash).not.toContain(token);
  });

  it('saves a language choice and answers in that language from then on', async () => {
    const user = await world.user();
    const token = await world.signIn(user);
    const saved = await t.gql(UpdateMyProfileDocument, { input: { locale: 'EN' } }, { token });
    expect(saved.data?.updateMyProfile.locale).toBe('EN');
    const invalid = await t.gql(UpdateMyProfileDocument, { input: { name: '' } }, { token });
    expect(invalid.errors?.[0].extensions?.fields).toEqual([{ field: 'name', message: 'Required.' }]);
  });

  it('answers an anonymous English browser in English', async () => {
    const result = await t.gql(
      LoginDocument,
      { input: { email: 'ei-osoite', password: 'x' } },
      { locale: 'en-GB,en;q=0.9' },
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: 'Enter a valid email address.' },
    ]);
  });
});
