import { ErrorCode, GroupRole } from '@elinvoima/domain';
import {
  AddMemberDocument,
  OutboxDocument,
  PublishAgendaDocument,
  SendOutboxMessageDocument,
  SendOutboxMessagesDocument,
} from '@elinvoima/graphql';
import { unzipSync } from 'fflate';
import { type ParsedMail, simpleParser } from 'mailparser';
import { OutboxDispatcher } from '../src/mail/outbox-dispatcher.service.js';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from '../src/mail/outbox-message.entity.js';
import { eventsOf, parseCalendar } from './support/ical.js';
import { MailServer } from './support/mail-server.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

const MAIL_FROM = 'Vesannon elinvoimaryhmä <elinvoima@vesanto.example>';
const PUBLIC_URL = 'https://elinvoima.vesanto.example';

/** A group of three, a meeting with an agenda, its agenda published while no mail server is set. */
async function heldInvitations(t: TestApp) {
  const world = new World(t);
  const group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
  const secretary = await world.person(group, GroupRole.SECRETARY, { name: 'Sanna Sihteeri' });
  const member = await world.person(group, GroupRole.MEMBER, { name: 'Matti Jäsen' });
  const chair = await world.person(group, GroupRole.CHAIR, { name: 'Pekka Puheenjohtaja' });
  const meeting = await world.meeting(group, { title: 'Teemakokous asumisesta' });
  await world.agendaItem(meeting, { title: 'Kokouksen avaus' });
  const published = await t.gql(
    PublishAgendaDocument,
    { input: { meetingId: meeting.id, version: meeting.version } },
    { token: secretary.token },
  );
  expect(published.errors).toBeUndefined();
  const held = await t.db.getRepository(OutboxMessageEntity).findBy({ meetingId: meeting.id });
  expect(held.map((m) => m.status)).toEqual([OutboxStatus.HELD, OutboxStatus.HELD, OutboxStatus.HELD]);
  const to = (email: string) => held.find((m) => m.recipientEmail === email)!;
  return { world, group, meeting, secretary, member, chair, held, to };
}

const errorOf = (body: Buffer) =>
  JSON.parse(body.toString()).errors[0] as { message: string; extensions: { code: string } };

function calendarPartOf(mail: ParsedMail): string {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar part in "${mail.subject}"`);
  return part.content.toString('utf8');
}

describe('the outbox without a mail server', () => {
  let t: TestApp;
  let setting: Awaited<ReturnType<typeof heldInvitations>>;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL, MAIL_FROM });
    setting = await heldInvitations(t);
  });
  afterAll(() => t.close());

  it('gives the secretary a held invitation as an .eml that opens ready to send, with its calendar request', async () => {
    const { secretary, member, meeting, to } = setting;
    const message = to(member.user.email);
    const res = await t.download(`/outbox-messages/${message.id}/message.eml`, secretary.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('message/rfc822');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="kokouskutsu - Matti Jasen.eml"; filename*=UTF-8''kokouskutsu%20-%20Matti%20J%C3%A4sen.eml`,
    );

    const mail = await simpleParser(res.body as Buffer);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Kokouskutsu: Teemakokous asumisesta ke 21.11.2018 klo 14.00');
    expect(mail.from?.value[0]).toEqual({ address: 'elinvoima@vesanto.example', name: 'Vesannon elinvoimaryhmä' });
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]).toEqual({
      address: member.user.email,
      name: 'Matti Jäsen',
    });
    expect(mail.messageId).toBe(`<${message.id}@vesanto.example>`);
    // Written when the invitation was: the same file however often it is downloaded.
    expect(mail.date?.toISOString()).toBe(
      new Date(Math.floor(message.createdAt.getTime() / 1000) * 1000).toISOString(),
    );
    expect(mail.text).toContain('Hei Matti Jäsen,');
    expect(mail.text).toContain('§ 1 Kokouksen avaus');
    expect(mail.html).toContain(`href="${PUBLIC_URL}/kokoukset/${meeting.id}"`);

    const calendar = parseCalendar(calendarPartOf(mail));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const [event] = eventsOf(calendar);
    expect(event.uid).toBe(`${meeting.id}@elinvoima`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2018-11-21T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2018-11-21T14:00:00.000Z');
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual([`mailto:${member.user.email}`]);
    // The same entry also as a file, for mail programs that show only attachments.
    expect(mail.attachments.map((a) => a.filename)).toContain('kutsu.ics');
  });

  it('gives the calendar entry alone as an .ics file', async () => {
    const { secretary, member, meeting, to } = setting;
    const res = await t.download(`/outbox-messages/${to(member.user.email).id}/calendar.ics`, secretary.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''kokouskutsu%20-%20Matti%20J%C3%A4sen.ics`);
    const calendar = parseCalendar((res.body as Buffer).toString('utf8'));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const [event] = eventsOf(calendar);
    expect(event.uid).toBe(`${meeting.id}@elinvoima`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2018-11-21T12:00:00.000Z');
  });

  it("gives the meeting's whole held batch as one .zip with an .eml per message", async () => {
    const { chair, meeting, held } = setting;
    const res = await t.download(`/meetings/${meeting.id}/held-mail.zip`, chair.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('filename="lahtevat-viestit-20181121.zip"');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(Object.keys(files).sort()).toEqual([
      'kokouskutsu - Matti Jäsen.eml',
      'kokouskutsu - Pekka Puheenjohtaja.eml',
      'kokouskutsu - Sanna Sihteeri.eml',
    ]);
    const mails = await Promise.all(Object.values(files).map((bytes) => simpleParser(Buffer.from(bytes))));
    expect(mails.map((mail) => mail.messageId).sort()).toEqual(
      held.map((message) => `<${message.id}@vesanto.example>`).sort(),
    );
    for (const mail of mails) {
      expect(mail.headers.get('x-unsent')).toBe('1');
      const [event] = eventsOf(parseCalendar(calendarPartOf(mail)));
      expect(event.startDate.toJSDate().toISOString()).toBe('2018-11-21T12:00:00.000Z');
    }
  });

  it('says so when a meeting has nothing held', async () => {
    const { world, group, secretary } = setting;
    const quiet = await world.meeting(group);
    const res = await t.download(`/meetings/${quiet.id}/held-mail.zip`, secretary.token);
    expect(res.status).toBe(404);
    expect(errorOf(res.body as Buffer).message).toBe('Kokouksella ei ole lähettämättömiä viestejä.');
  });

  it('refuses to send from the page, and says why, while no mail server is configured', async () => {
    const { secretary, member, group, to } = setting;
    const one = await t.gql(
      SendOutboxMessageDocument,
      { input: { id: to(member.user.email).id } },
      { token: secretary.token },
    );
    expect(codeOf(one)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(one.errors?.[0].message).toContain('Sähköpostipalvelinta ei ole määritetty');
    const all = await t.gql(SendOutboxMessagesDocument, { input: { groupId: group.id } }, { token: secretary.token });
    expect(codeOf(all)).toBe(ErrorCode.BAD_USER_INPUT);
    const outbox = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    expect(outbox.data?.outbox.messages.every((m) => m.status === OutboxStatus.HELD && m.downloadable)).toBe(true);
  });

  it('never hands out account mail that belongs to no group, not even to an organization admin', async () => {
    const { world } = setting;
    const admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    const [reset] = await t.db.getRepository(OutboxMessageEntity).save([
      {
        groupId: null,
        kind: OutboxKind.PASSWORD_RESET,
        recipientEmail: admin.user.email,
        subject: 'Salasanan vaihto',
        textBody: 'https://elinvoima.vesanto.example/salasana#salainen',
        status: OutboxStatus.SENT,
      },
    ]);
    const res = await t.download(`/outbox-messages/${reset.id}/message.eml`, admin.token);
    expect(res.status).toBe(404);
  });
});

describe('the outbox once a mail server is configured', () => {
  let smtp: MailServer;
  let held: TestApp;
  let t: TestApp;
  let setting: Awaited<ReturnType<typeof heldInvitations>>;

  beforeAll(async () => {
    smtp = await MailServer.start();
    // Held by an instance without a mail server; the same database then served with one.
    held = await TestApp.start({ PUBLIC_URL, MAIL_FROM });
    setting = await heldInvitations(held);
    t = await TestApp.onDatabase((held.db.options as { url: string }).url, {
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM,
    });
  });
  afterAll(async () => {
    await t.close();
    await held.close();
    await smtp.close();
  });
  beforeEach(() => smtp.clear());

  const status = async (id: string) => (await t.db.getRepository(OutboxMessageEntity).findOneByOrFail({ id })).status;

  it('sends a held invitation once, however often it is clicked, and the mail is the .eml the page offers', async () => {
    const { secretary, member, to } = setting;
    const message = to(member.user.email);
    const clicks = await Promise.all(
      [1, 2].map(() => t.gql(SendOutboxMessageDocument, { input: { id: message.id } }, { token: secretary.token })),
    );
    for (const click of clicks) expect(click.errors).toBeUndefined();
    expect(clicks.map((c) => c.data!.sendOutboxMessage.status)).not.toContain(OutboxStatus.HELD);
    await t.app.get(OutboxDispatcher).idle();
    const [received] = await smtp.waitFor(1);
    expect(await status(message.id)).toBe(OutboxStatus.SENT);

    const again = await t.gql(SendOutboxMessageDocument, { input: { id: message.id } }, { token: secretary.token });
    expect(again.data?.sendOutboxMessage).toMatchObject({ status: OutboxStatus.SENT, attempts: 1 });
    expect(again.data?.sendOutboxMessage.sentAt).toBeTruthy();
    await t.app.get(OutboxDispatcher).idle();
    expect(smtp.received).toHaveLength(1);

    const file = await simpleParser(
      (await t.download(`/outbox-messages/${message.id}/message.eml`, secretary.token)).body as Buffer,
    );
    expect(received.messageId).toBe(file.messageId);
    expect(received.subject).toBe(file.subject);
    expect(received.text).toBe(file.text);
    expect(received.html).toBe(file.html);
    expect(calendarPartOf(received)).toBe(calendarPartOf(file));
  });

  it("sends the rest of a meeting's held batch, and sends a failed message again with a fresh round of attempts", async () => {
    const { secretary, member, group, meeting, held: messages } = setting;
    const rest = messages.filter((m) => m.recipientEmail !== member.user.email);
    const failed = rest[0];
    await t.db.getRepository(OutboxMessageEntity).update(failed.id, {
      status: OutboxStatus.FAILED,
      attempts: 6,
      lastError: 'connect ECONNREFUSED 192.0.2.1:587',
    });
    const before = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    expect(before.data?.outbox.messages.find((m) => m.id === failed.id)).toMatchObject({
      status: OutboxStatus.FAILED,
      failure: 'UNREACHABLE',
      attempts: 6,
    });

    const sent = await t.gql(
      SendOutboxMessagesDocument,
      { input: { groupId: group.id, meetingId: meeting.id } },
      { token: secretary.token },
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendOutboxMessages.sending).toBe(true);
    await t.app.get(OutboxDispatcher).idle();
    const received = await smtp.waitFor(2);
    expect(received.map((mail) => mail.messageId).sort()).toEqual(rest.map((m) => `<${m.id}@vesanto.example>`).sort());
    const after = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    expect(after.data?.outbox.messages.find((m) => m.id === failed.id)).toMatchObject({
      status: OutboxStatus.SENT,
      attempts: 1,
      lastError: null,
      failure: null,
    });
  });

  it("keeps a sent sign-in invitation's link from the secretary: no download once it has gone by mail", async () => {
    const { secretary, group } = setting;
    const added = await held.gql(
      AddMemberDocument,
      { input: { groupId: group.id, email: 'uusi.jasen@vesanto.example', name: 'Uusi Jäsen', role: 'MEMBER' } },
      { token: secretary.token },
    );
    expect(added.errors).toBeUndefined();
    const invitation = await t.db
      .getRepository(OutboxMessageEntity)
      .findOneByOrFail({ kind: OutboxKind.SIGN_IN_INVITATION, recipientEmail: 'uusi.jasen@vesanto.example' });
    expect(invitation.status).toBe(OutboxStatus.HELD);
    const whileHeld = await t.download(`/outbox-messages/${invitation.id}/message.eml`, secretary.token);
    expect(whileHeld.status).toBe(200);
    expect((await simpleParser(whileHeld.body as Buffer)).text).toMatch(/\/salasana#[\w-]{43}/);

    await t.gql(SendOutboxMessageDocument, { input: { id: invitation.id } }, { token: secretary.token });
    await t.app.get(OutboxDispatcher).idle();
    await smtp.waitFor(1);
    expect(await status(invitation.id)).toBe(OutboxStatus.SENT);
    const afterSending = await t.download(`/outbox-messages/${invitation.id}/message.eml`, secretary.token);
    expect(afterSending.status).toBe(403);
    expect(errorOf(afterSending.body as Buffer).message).toContain('linkki on jo lähetetty');
  });
});

describe('outbox files', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  // Who may download is in the authorization matrix; organization admins manage every group.
  it("are an organization admin's too", async () => {
    const { world, held, meeting } = await heldInvitations(t);
    const admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    for (const path of [
      `/outbox-messages/${held[0].id}/message.eml`,
      `/outbox-messages/${held[0].id}/calendar.ics`,
      `/meetings/${meeting.id}/held-mail.zip`,
    ]) {
      expect([path, (await t.download(path, admin.token)).status]).toEqual([path, 200]);
    }
  });

  it('refuse an id that is not one', async () => {
    const { secretary } = await heldInvitations(t);
    const res = await t.download('/outbox-messages/not-an-id/message.eml', secretary.token);
    expect(res.status).toBe(400);
    expect(errorOf(res.body as Buffer).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
