import { GroupRole } from '@elinvoima/domain';
import { PublishAgendaDocument } from '@elinvoima/graphql';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { OutboxDispatcher } from '../src/mail/outbox-dispatcher.service.js';
import { OutboxMessageEntity, OutboxStatus } from '../src/mail/outbox-message.entity.js';
import { MailServer } from './support/mail-server.js';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

const MAIL_FROM = 'Vesannon elinvoimaryhmä <elinvoima@vesanto.example>';
/** Two API instances and a few mail rounds each. */
const SLOW = 60_000;

/** A group of eight current members and a meeting with an agenda, ready to be published. */
async function eightMembers(world: World) {
  const group = await world.group();
  const secretary = await world.person(group, GroupRole.SECRETARY);
  for (let i = 0; i < 7; i += 1) await world.membership(group, await world.user(), GroupRole.MEMBER);
  const meeting = await world.meeting(group);
  await world.agendaItem(meeting, { title: 'Kokouksen avaus' });
  return { secretary, meeting };
}

/** Another API instance on the same database, as a second server behind a load balancer would be. */
function secondInstance(t: TestApp, smtpUrl: string): Promise<TestApp> {
  return TestApp.onDatabase((t.db.options as { url: string }).url, { SMTP_URL: smtpUrl, MAIL_FROM });
}

function messageIds(smtp: MailServer): string[] {
  return smtp.received.map((mail) => mail.messageId ?? '');
}

describe('invitation mail when a sender dies', () => {
  let smtp: MailServer;

  beforeAll(async () => {
    smtp = await MailServer.start();
  });
  afterAll(() => smtp.close());
  beforeEach(() => smtp.clear());

  it(
    'sends again only the message that was in flight, under the same Message-ID',
    async () => {
      const t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM });
      let other: TestApp | undefined;
      try {
        const { secretary, meeting } = await eightMembers(new World(t));
        // The first sender dies just after the mail server took its third message, before it could
        // record that: its database is gone from under it.
        smtp.beforeAccepting = async () => {
          if (smtp.received.length === 3) await t.db.destroy();
        };
        const published = await t.gql(
          PublishAgendaDocument,
          { input: { meetingId: meeting.id, version: meeting.version } },
          { token: secretary.token },
        );
        expect(published.errors).toBeUndefined();
        await t.app.get(OutboxDispatcher).idle();
        smtp.beforeAccepting = undefined;
        expect(smtp.received).toHaveLength(3);

        other = await secondInstance(t, smtp.url);
        const { db } = other;
        const dispatcher = other.app.get(OutboxDispatcher);
        // The five never claimed go out at once; the one in flight waits for its claim to run out.
        expect(await dispatcher.deliverDue()).toBe(5);
        expect(smtp.received).toHaveLength(8);
        expect(new Set(messageIds(smtp)).size).toBe(8);

        const [, expired] = (await db.query(
          `UPDATE outbox_message SET claimed_until = now() - interval '1 second' WHERE claimed_until > now()`,
        )) as [unknown, number];
        expect(expired).toBe(1);
        expect(await dispatcher.deliverDue()).toBe(1);

        // Nine deliveries for eight invitations; the repeat is the third, recognisable by its Message-ID.
        const ids = messageIds(smtp);
        expect(ids).toHaveLength(9);
        expect(new Set(ids).size).toBe(8);
        expect(ids[8]).toBe(ids[2]);
        const rows = await db.getRepository(OutboxMessageEntity).findBy({ meetingId: meeting.id });
        expect(rows.map((row) => row.status)).toEqual(rows.map(() => OutboxStatus.SENT));
        expect([...new Set(ids)].sort()).toEqual(rows.map((row) => `<${row.id}@vesanto.example>`).sort());
      } finally {
        smtp.beforeAccepting = undefined;
        await other?.close();
        await t.close();
      }
    },
    SLOW,
  );

  it(
    'lets two instances send side by side without sending any message twice',
    async () => {
      const t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM });
      const other = await secondInstance(t, smtp.url);
      try {
        const { secretary, meeting } = await eightMembers(new World(t));
        const published = await t.gql(
          PublishAgendaDocument,
          { input: { meetingId: meeting.id, version: meeting.version } },
          { token: secretary.token },
        );
        expect(published.errors).toBeUndefined();
        // The publishing instance is already sending; the other joins in.
        const [, byOther] = await Promise.all([
          t.app.get(OutboxDispatcher).idle(),
          other.app.get(OutboxDispatcher).deliverDue(),
        ]);
        await t.app.get(OutboxDispatcher).deliverDue();
        expect(byOther).toBeLessThanOrEqual(8);
        expect(messageIds(smtp)).toHaveLength(8);
        expect(new Set(messageIds(smtp)).size).toBe(8);
      } finally {
        await other.close();
        await t.close();
      }
    },
    SLOW,
  );

  it(
    'shuts down within seconds while a mail server takes a message and never answers',
    async () => {
      // Takes the connection and says nothing: the sender waits for a greeting that never comes.
      const sockets: Socket[] = [];
      const silent = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const t = await TestApp.start({
        SMTP_URL: `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        MAIL_FROM,
      });
      try {
        const { secretary, meeting } = await eightMembers(new World(t));
        await t.gql(
          PublishAgendaDocument,
          { input: { meetingId: meeting.id, version: meeting.version } },
          { token: secretary.token },
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(sockets.length).toBeGreaterThan(0);

        const started = Date.now();
        await t.app.close();
        expect(Date.now() - started).toBeLessThan(8000);
      } finally {
        await t.close().catch(() => undefined);
        sockets.forEach((socket) => socket.destroy());
        silent.close();
      }
    },
    SLOW,
  );
});
