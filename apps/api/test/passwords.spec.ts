import { ErrorCode, GroupRole, Locale } from '@elinvoima/domain';
import {
  AddMemberDocument,
  HeldAccountMailDocument,
  LoginDocument,
  MeDocument,
  OutboxDocument,
  PasswordLinkDocument,
  RequestPasswordResetDocument,
  SetPasswordWithTokenDocument,
} from '@elinvoima/graphql';
import type { ParsedMail } from 'mailparser';
import { RESET_ANSWER_MS } from '../src/accounts/password-reset.service.js';
import { OutboxDispatcher } from '../src/mail/outbox-dispatcher.service.js';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from '../src/mail/outbox-message.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { MailServer } from './support/mail-server.js';
import { codeOf, TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

const PUBLIC_URL = 'https://elinvoima.vesanto.example';
const GOOD_PASSWORD = 'kesäilta järven rannalla';
const LINK = /https:\/\/elinvoima\.vesanto\.example\/salasana#([A-Za-z0-9_-]{43})/;

function tokenIn(text: string | undefined | null): string {
  const match = LINK.exec(text ?? '');
  if (!match) throw new Error(`no password link in: ${text}`);
  return match[1];
}

async function passwordHashOf(t: TestApp, userId: string): Promise<string | null> {
  const [row] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [userId]);
  return row.password_hash;
}

async function signInWith(t: TestApp, email: string, password: string) {
  return t.gql(LoginDocument, { input: { email, password, bearer: true } });
}

describe('a new member without mail: the invitation to sign in waits in the outbox', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL });
    world = new World(t);
  });
  afterAll(() => t.close());

  async function addNewPerson(locale?: 'EN' | 'FI') {
    const group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    const secretary = await world.person(group, GroupRole.SECRETARY);
    const email = `uusi.${Math.random().toString(36).slice(2, 8)}@vesanto.example`;
    const added = await t.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email, name: 'Mikko Uusitalo', role: 'MEMBER', ...(locale ? { locale } : {}) } },
      { token: secretary.token },
    );
    expect(added.errors).toBeUndefined();
    const outbox = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    const message = outbox.data!.outbox.messages.find((m) => m.recipientEmail === email)!;
    const user = await t.db.getRepository(UserEntity).findOneByOrFail({ email });
    return { group, secretary, email, message, user, token: tokenIn(message.textBody) };
  }

  it("shows the group's secretary a held invitation with a one-time link, in the new person's language", async () => {
    const { message, email } = await addNewPerson();
    expect(message).toMatchObject({
      kind: 'SIGN_IN_INVITATION',
      status: OutboxStatus.HELD,
      recipientName: 'Mikko Uusitalo',
    });
    expect(message.subject).toBe('Tervetuloa Elinvoimaan: Vesannon elinvoimaryhmä');
    expect(message.textBody).toContain('Hei Mikko Uusitalo,');
    expect(message.textBody).toContain('on voimassa 7 päivää');
    expect(message.textBody).toContain(`Kirjaudut sähköpostiosoitteellasi: ${email}`);

    const english = await addNewPerson('EN');
    expect(english.message.subject).toBe('Welcome to Elinvoima: Vesannon elinvoimaryhmä');
    expect(english.message.textBody).toContain('valid for 7 days');
    expect(english.user.locale).toBe(Locale.EN);
  });

  it('lets the person set a password with the link once, and then sign in with it', async () => {
    const { token, email, user } = await addNewPerson();
    const before = await t.gql(PasswordLinkDocument, { token });
    expect(before.data?.passwordLink).toEqual({ state: 'VALID', purpose: 'INVITATION' });
    // The check tells whether the link works and nothing of whose it is.
    expect(JSON.stringify(before.data)).not.toContain(email);

    const set = await t.gql(SetPasswordWithTokenDocument, { input: { token, password: GOOD_PASSWORD } });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setPasswordWithToken.email).toBe(email);
    const signedIn = await signInWith(t, email, GOOD_PASSWORD);
    expect(signedIn.data?.login.user.id).toBe(user.id);

    expect((await t.gql(PasswordLinkDocument, { token })).data?.passwordLink).toEqual({ state: 'USED', purpose: null });
    // A first password replaces nothing: no notice of a change.
    expect(
      await t.db
        .getRepository(OutboxMessageEntity)
        .countBy({ recipientUserId: user.id, kind: OutboxKind.PASSWORD_CHANGED }),
    ).toBe(0);
    const again = await t.gql(SetPasswordWithTokenDocument, { input: { token, password: 'toinen hyvä salasana' } });
    expect(codeOf(again)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(again.errors?.[0].extensions?.fields).toEqual([
      { field: 'token', message: 'Linkki ei ole enää voimassa. Pyydä uusi linkki kohdasta ”Unohtuiko salasana?”.' },
    ]);
    expect(codeOf(await signInWith(t, email, 'toinen hyvä salasana'))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("refuses common and short passwords field by field, in the asker's language, and keeps the link", async () => {
    const { token, user } = await addNewPerson();
    const common = await t.gql(SetPasswordWithTokenDocument, { input: { token, password: 'qwertyuiop123' } });
    expect(codeOf(common)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(common.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'password',
        message: 'Salasana on liian yleinen tai helppo arvata. Valitse jokin muu, esimerkiksi muutaman sanan lause.',
      },
    ]);
    const short = await t.gql(
      SetPasswordWithTokenDocument,
      { input: { token, password: 'lyhyt-sana1' } },
      { locale: 'en' },
    );
    expect(short.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'The password must be at least 12 characters long.' },
    ]);
    const ownName = await t.gql(SetPasswordWithTokenDocument, { input: { token, password: 'Mikko Uusitalo 2024' } });
    expect(ownName.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'Salasana ei saa olla sähköpostiosoitteesi tai nimesi.' },
    ]);
    expect(await passwordHashOf(t, user.id)).toBeNull();
    expect((await t.gql(PasswordLinkDocument, { token })).data?.passwordLink.state).toBe('VALID');
  });

  it('does not accept an expired link, and writes nothing', async () => {
    const { token, user } = await addNewPerson();
    await t.db.query(`UPDATE password_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await t.gql(PasswordLinkDocument, { token })).data?.passwordLink).toEqual({
      state: 'EXPIRED',
      purpose: null,
    });
    const late = await t.gql(SetPasswordWithTokenDocument, { input: { token, password: GOOD_PASSWORD } });
    expect(late.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'token' })]);
    expect(await passwordHashOf(t, user.id)).toBeNull();
  });

  it('replaces the earlier invitation when the person is invited again, to another group', async () => {
    const first = await addNewPerson();
    const other = await world.group({ name: 'Tervon elinvoimaryhmä' });
    const chair = await world.person(other, GroupRole.CHAIR);
    await t.gql(
      AddMemberDocument,
      { input: { groupId: other.id, email: first.email, name: 'Mikko Uusitalo', role: 'MEMBER' } },
      { token: chair.token },
    );
    const outbox = await t.gql(OutboxDocument, { groupId: other.id }, { token: chair.token });
    const second = tokenIn(outbox.data!.outbox.messages.find((m) => m.recipientEmail === first.email)?.textBody);

    expect((await t.gql(PasswordLinkDocument, { token: first.token })).data?.passwordLink.state).toBe('REPLACED');
    expect(
      codeOf(await t.gql(SetPasswordWithTokenDocument, { input: { token: first.token, password: GOOD_PASSWORD } })),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(
      (await t.gql(SetPasswordWithTokenDocument, { input: { token: second, password: GOOD_PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it('sends no link for an account that already has a password: whoever reads the outbox could take it over', async () => {
    const group = await world.group();
    const secretary = await world.person(group, GroupRole.SECRETARY);
    const existing = await world.user();
    await t.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email: existing.email, name: existing.name, role: 'MEMBER' } },
      { token: secretary.token },
    );
    const outbox = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    expect(outbox.data?.outbox.messages).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM password_token WHERE user_id = $1`, [existing.id])).toEqual([]);
  });

  it('uses a link only once even when it is sent twice at the same moment', async () => {
    const { token, email } = await addNewPerson();
    const [a, b] = await Promise.all([
      t.gql(SetPasswordWithTokenDocument, { input: { token, password: 'ensimmäinen pitkä salasana' } }),
      t.gql(SetPasswordWithTokenDocument, { input: { token, password: 'toinen aivan eri salasana' } }),
    ]);
    expect([a, b].filter((r) => !r.errors)).toHaveLength(1);
    const winner = a.errors ? 'toinen aivan eri salasana' : 'ensimmäinen pitkä salasana';
    expect((await signInWith(t, email, winner)).errors).toBeUndefined();
  });

  it('stores only a hash of the token', async () => {
    const { token, user } = await addNewPerson();
    const rows = await t.db.query(`SELECT token_hash FROM password_token WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
    expect(JSON.stringify(await t.db.query(`SELECT * FROM password_token`))).not.toContain(token);
  });

  it('answers a mangled link as not valid', async () => {
    for (const token of ['', 'abc', 'x'.repeat(43), `${'A'.repeat(42)}!`]) {
      expect((await t.gql(PasswordLinkDocument, { token })).data?.passwordLink).toEqual({
        state: 'INVALID',
        purpose: null,
      });
    }
  });
});

describe('forgot password', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL });
    world = new World(t);
  });
  afterAll(() => t.close());

  async function timedRequest(email: string) {
    const started = performance.now();
    const result = await t.gql(RequestPasswordResetDocument, { input: { email } });
    return { result, ms: performance.now() - started };
  }

  it('gives the same answer in about the same time whether or not the address has an account', async () => {
    const user = await world.user();
    const known = await timedRequest(user.email);
    const unknown = await timedRequest('ei.ole.taalla@vesanto.example');
    expect(known.result.errors).toBeUndefined();
    expect(unknown.result).toEqual({
      ...known.result,
      sqlQueries: unknown.result.sqlQueries,
      headers: unknown.result.headers,
    });
    expect(known.result.data?.requestPasswordReset).toBe(true);
    for (const { ms } of [known, unknown]) expect(ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);

    const messages = await t.db.getRepository(OutboxMessageEntity).findBy({ kind: OutboxKind.PASSWORD_RESET });
    expect(messages.map((m) => m.recipientEmail)).toEqual([user.email]);
  });

  it("keeps a held reset link from every group's secretary and chair; only an organization admin sees it", async () => {
    const group = await world.group();
    const secretary = await world.person(group, GroupRole.SECRETARY);
    const member = await world.person(group, GroupRole.MEMBER);
    const admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    await t.gql(RequestPasswordResetDocument, { input: { email: member.user.email } });

    const outbox = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    expect(outbox.data?.outbox.messages).toEqual([]);
    expect(codeOf(await t.gql(HeldAccountMailDocument, {}, { token: secretary.token }))).toBe(ErrorCode.FORBIDDEN);
    const held = await t.gql(HeldAccountMailDocument, {}, { token: admin.token });
    const reset = held.data!.heldAccountMail.find((m) => m.recipientEmail === member.user.email)!;
    expect(reset).toMatchObject({
      kind: 'PASSWORD_RESET',
      status: OutboxStatus.HELD,
      subject: 'Elinvoiman salasanan vaihtaminen',
    });
    expect(reset.textBody).toContain('on voimassa 60 minuuttia');

    // The reset ends the member's sessions; the old password stops working.
    const token = tokenIn(reset.textBody);
    expect((await t.gql(PasswordLinkDocument, { token })).data?.passwordLink).toEqual({
      state: 'VALID',
      purpose: 'RESET',
    });
    expect(
      (await t.gql(SetPasswordWithTokenDocument, { input: { token, password: GOOD_PASSWORD } })).errors,
    ).toBeUndefined();
    expect((await t.gql(MeDocument, {}, { token: member.token })).data?.me).toBeNull();
    expect(codeOf(await signInWith(t, member.user.email, TEST_PASSWORD))).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await signInWith(t, member.user.email, GOOD_PASSWORD)).errors).toBeUndefined();

    // The person is told their password changed, in case it was not them; the notice holds no link that sets one.
    const after = await t.gql(HeldAccountMailDocument, {}, { token: admin.token });
    const notice = after.data!.heldAccountMail.find(
      (m) => m.recipientEmail === member.user.email && m.kind === 'PASSWORD_CHANGED',
    )!;
    expect(notice.subject).toBe('Elinvoiman salasanasi vaihdettiin');
    expect(notice.textBody).toContain(`${PUBLIC_URL}/unohtunut-salasana`);
    expect(notice.textBody).not.toMatch(LINK);
  });

  it('makes a newer reset link replace the earlier one, and sends at most three an hour to one address, silently', async () => {
    const user = await world.user();
    for (let i = 0; i < 4; i++) {
      const answer = await t.gql(RequestPasswordResetDocument, { input: { email: user.email.toUpperCase() } });
      expect(answer.data?.requestPasswordReset).toBe(true);
    }
    const rows = await t.db.query(
      `SELECT revoked_at IS NULL AS open FROM password_token WHERE user_id = $1 ORDER BY created_at`,
      [user.id],
    );
    expect(rows.map((r: { open: boolean }) => r.open)).toEqual([false, false, true]);
    expect(await t.db.getRepository(OutboxMessageEntity).countBy({ recipientUserId: user.id })).toBe(3);
  });
});

describe('forgot password asked too often from one address', () => {
  it('refuses the eleventh request in a quarter of an hour with a coded error, for any email', async () => {
    const t = await TestApp.start();
    try {
      for (let i = 0; i < 10; i++) {
        const answer = await t.gql(RequestPasswordResetDocument, { input: { email: `arvaus${i}@vesanto.example` } });
        expect(answer.errors).toBeUndefined();
      }
      const refused = await t.gql(RequestPasswordResetDocument, { input: { email: 'vielä.yksi@vesanto.example' } });
      expect(codeOf(refused)).toBe(ErrorCode.TOO_MANY_REQUESTS);
      expect(refused.errors?.[0].message).toBe('Liian monta pyyntöä. Yritä uudelleen 15 minuutin kuluttua.');
    } finally {
      await t.close();
    }
    // Eleven answers of at least RESET_ANSWER_MS each.
  }, 30_000);
});

describe('password mail through a real SMTP server', () => {
  let smtp: MailServer;
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    smtp = await MailServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL });
    world = new World(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => smtp.clear());

  function mailTo(mails: ParsedMail[], email: string): ParsedMail {
    const found = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));
    if (!found) throw new Error(`no mail to ${email}`);
    return found;
  }

  it("mails the new member's invitation, and hides its link from the outbox once sent", async () => {
    const group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    const secretary = await world.person(group, GroupRole.SECRETARY);
    const email = 'emma.english@vesanto.example';
    await t.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email, name: 'Emma English', role: 'MEMBER', locale: 'EN' } },
      { token: secretary.token },
    );
    const mail = mailTo(await smtp.waitFor(1), email);
    await t.app.get(OutboxDispatcher).idle();
    expect(mail.subject).toBe('Welcome to Elinvoima: Vesannon elinvoimaryhmä');
    const token = tokenIn(mail.text);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/salasana#${token}"`);

    const outbox = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    const [sent] = outbox.data!.outbox.messages;
    expect(sent.status).toBe(OutboxStatus.SENT);
    expect(sent.textBody).not.toContain(token);
    expect(sent.textBody).toContain('[kertakäyttöinen linkki on lähetetty vain vastaanottajalle]');
  });

  it("mails a reset link in the person's language, which is never shown in the admin's view once sent", async () => {
    const user = await world.user({ name: 'Emma English', locale: Locale.EN });
    const signedIn = await world.signIn(user);
    const admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    await t.gql(RequestPasswordResetDocument, { input: { email: user.email } });
    const mail = mailTo(await smtp.waitFor(1), user.email);
    await t.app.get(OutboxDispatcher).idle();
    expect(mail.subject).toBe('Changing your Elinvoima password');
    expect(mail.text).toContain('Hello Emma English,');
    expect(mail.text).toContain('If you did not ask for this, you can ignore this message');
    expect((await t.gql(HeldAccountMailDocument, {}, { token: admin.token })).data?.heldAccountMail).toEqual([]);

    smtp.clear();
    const set = await t.gql(SetPasswordWithTokenDocument, {
      input: { token: tokenIn(mail.text), password: GOOD_PASSWORD },
    });
    expect(set.errors).toBeUndefined();
    expect((await t.gql(MeDocument, {}, { token: signedIn })).data?.me).toBeNull();
    const [notice] = await smtp.waitFor(1);
    expect(notice.subject).toBe('Your Elinvoima password was changed');
    expect(notice.text).toContain('If you did not change it yourself, choose a new password straight away');
  });
});
