import { AgendaItemKind, GroupRole, Locale, MeetingStatus } from '@elinvoima/domain';
import {
  CancelMeetingDocument,
  OutboxDocument,
  PublishAgendaDocument,
  UpdateMeetingDocument,
} from '@elinvoima/graphql';
import type { ParsedMail } from 'mailparser';
import type { GroupEntity } from '../src/groups/group.entity.js';
import { MembershipEntity } from '../src/groups/membership.entity.js';
import { OutboxDispatcher } from '../src/mail/outbox-dispatcher.service.js';
import { OutboxMessageEntity, OutboxStatus } from '../src/mail/outbox-message.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { eventsOf, parseCalendar } from './support/ical.js';
import { MailServer } from './support/mail-server.js';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

const PUBLIC_URL = 'https://elinvoima.vesanto.example';

/** A group of four current members (one reads English) and one whose membership has ended. */
async function invitedGroup(world: World) {
  const group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
  const secretary = await world.person(group, GroupRole.SECRETARY, { name: 'Sanna Sihteeri' });
  const member = await world.person(group, GroupRole.MEMBER, { name: 'Matti Jäsen' });
  const english = await world.person(group, GroupRole.MEMBER, { name: 'Emma English', locale: Locale.EN });
  const chair = await world.person(group, GroupRole.CHAIR, { name: 'Pekka Puheenjohtaja' });
  const former = await world.person(group, GroupRole.MEMBER, { name: 'Entinen Jäsen' });
  await world.t.db.getRepository(MembershipEntity).update(former.membership!.id, { until: '2018-06-30' });
  return { group, secretary, member, english, chair, former };
}

async function housingMeeting(world: World, group: GroupEntity): Promise<MeetingEntity> {
  const meeting = await world.meeting(group, {
    title: 'Teemakokous asumisesta',
    location: 'Vesannon kunnantalo, valtuustosali',
  });
  await world.agendaItem(meeting, { title: 'Kokouksen avaus' });
  await world.agendaItem(meeting, {
    title: 'Future Savo -hanke ja asuminen',
    kind: AgendaItemKind.DISCUSSION,
    presenterName: 'Ville Keränen',
    presenterOrganization: 'Kehitysyhtiö SavoGrow Oy',
  });
  return meeting;
}

function icsOf(mail: ParsedMail): string {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar in "${mail.subject}"`);
  return part.content.toString('utf8');
}

function mailTo(mails: ParsedMail[], email: string): ParsedMail {
  const found = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));
  if (!found) throw new Error(`no mail to ${email}`);
  return found;
}

describe('invitations through a real SMTP server', () => {
  let smtp: MailServer;
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    smtp = await MailServer.start();
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Vesannon elinvoimaryhmä <elinvoima@vesanto.example>',
    });
    world = new World(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => smtp.clear());

  it('sends each current member an invitation with the agenda, a link and an .ics request; then updates and a cancellation keep the same event', async () => {
    const { group, secretary, member, english, chair, former } = await invitedGroup(world);
    const meeting = await housingMeeting(world, group);

    const published = await t.gql(
      PublishAgendaDocument,
      { input: { meetingId: meeting.id, version: meeting.version } },
      { token: secretary.token },
    );
    expect(published.errors).toBeUndefined();
    const mails = await smtp.waitFor(4);
    await t.app.get(OutboxDispatcher).idle();

    const recipients = mails
      .flatMap((m) => (m.to && !Array.isArray(m.to) ? m.to.value.map((a) => a.address) : []))
      .sort();
    expect(recipients).toEqual([secretary.user.email, member.user.email, english.user.email, chair.user.email].sort());
    expect(recipients).not.toContain(former.user.email);

    const invitation = mailTo(mails, member.user.email);
    expect(invitation.subject).toBe('Kokouskutsu: Teemakokous asumisesta ke 21.11.2018 klo 14.00');
    expect(invitation.from?.value[0]).toMatchObject({
      address: 'elinvoima@vesanto.example',
      name: 'Vesannon elinvoimaryhmä',
    });
    expect(invitation.text).toContain('Hei Matti Jäsen,');
    expect(invitation.text).toContain('ke 21.11.2018 klo 14.00–16.00');
    expect(invitation.text).toContain('Vesannon kunnantalo, valtuustosali');
    expect(invitation.text).toContain('§ 1 Kokouksen avaus');
    expect(invitation.text).toContain('§ 2 Future Savo -hanke ja asuminen (Ville Keränen, Kehitysyhtiö SavoGrow Oy)');
    expect(invitation.text).toContain(`${PUBLIC_URL}/kokoukset/${meeting.id}`);
    expect(invitation.html).toContain(`href="${PUBLIC_URL}/kokoukset/${meeting.id}"`);

    const request = parseCalendar(icsOf(invitation));
    expect(request.getFirstPropertyValue('method')).toBe('REQUEST');
    const [event] = eventsOf(request);
    expect(event.uid).toBe(`${meeting.id}@elinvoima`);
    expect(event.summary).toBe('Vesannon elinvoimaryhmä: Teemakokous asumisesta');
    expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(event.startDate.toJSDate().toISOString()).toBe('2018-11-21T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2018-11-21T14:00:00.000Z');
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual([`mailto:${member.user.email}`]);
    expect(event.component.getFirstPropertyValue('organizer')).toBe('mailto:elinvoima@vesanto.example');
    // The calendar entry carries the numbered agenda, so it is useful offline.
    expect(event.description).toContain(
      'Esityslista:\n§ 1 Kokouksen avaus\n§ 2 Future Savo -hanke ja asuminen (Ville Keränen, Kehitysyhtiö SavoGrow Oy)',
    );
    const firstSequence = event.sequence;

    const inEnglish = mailTo(mails, english.user.email);
    expect(inEnglish.subject).toBe('Meeting invitation: Teemakokous asumisesta Wed 21.11.2018 at 14.00');
    expect(inEnglish.text).toContain('Read the agenda and its attachments');
    expect(eventsOf(parseCalendar(icsOf(inEnglish)))[0].description).toContain('Agenda:\n§ 1 Kokouksen avaus');

    const rows = await t.db.getRepository(OutboxMessageEntity).findBy({ meetingId: meeting.id });
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => OutboxStatus.SENT));

    // Moved by an hour: the same event, a higher SEQUENCE.
    smtp.clear();
    const current = published.data!.publishAgenda;
    const moved = await t.gql(
      UpdateMeetingDocument,
      {
        input: {
          id: meeting.id,
          version: current.version,
          startsAt: '2018-11-21T13:00:00Z',
          endsAt: '2018-11-21T15:00:00Z',
        },
      },
      { token: secretary.token },
    );
    expect(moved.errors).toBeUndefined();
    const update = mailTo(await smtp.waitFor(4), member.user.email);
    expect(update.subject).toBe('Muutos kokoukseen: Teemakokous asumisesta ke 21.11.2018 klo 15.00');
    const [updated] = eventsOf(parseCalendar(icsOf(update)));
    expect(updated.uid).toBe(event.uid);
    expect(updated.sequence).toBeGreaterThan(firstSequence);
    expect(updated.startDate.toJSDate().toISOString()).toBe('2018-11-21T13:00:00.000Z');

    // Cancelled: METHOD:CANCEL, STATUS:CANCELLED, the reason in the message.
    smtp.clear();
    const cancelled = await t.gql(
      CancelMeetingDocument,
      {
        input: {
          id: meeting.id,
          version: moved.data!.updateMeeting.version,
          reason: 'Päällekkäinen valtuuston kokous',
        },
      },
      { token: secretary.token },
    );
    expect(cancelled.errors).toBeUndefined();
    const notice = mailTo(await smtp.waitFor(4), member.user.email);
    expect(notice.subject).toBe('Kokous peruttu: Teemakokous asumisesta ke 21.11.2018 klo 15.00');
    expect(notice.text).toContain('Syy: Päällekkäinen valtuuston kokous');
    const cancel = parseCalendar(icsOf(notice));
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
    const [gone] = eventsOf(cancel);
    expect(gone.uid).toBe(event.uid);
    expect(gone.sequence).toBeGreaterThan(updated.sequence);
    expect(gone.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('does not announce the cancelling of a draft nobody was invited to', async () => {
    const { group, secretary } = await invitedGroup(world);
    const meeting = await housingMeeting(world, group);
    const result = await t.gql(
      CancelMeetingDocument,
      { input: { id: meeting.id, version: meeting.version, reason: 'Ei tarvetta' } },
      { token: secretary.token },
    );
    expect(result.data?.cancelMeeting.status).toBe(MeetingStatus.CANCELLED);
    await t.app.get(OutboxDispatcher).idle();
    expect(await t.db.getRepository(OutboxMessageEntity).countBy({ meetingId: meeting.id })).toBe(0);
  });
});

describe('invitations when mail cannot go out', () => {
  it('holds the messages in the outbox when no mail server is configured, for the secretary to see', async () => {
    const t = await TestApp.start();
    try {
      const world = new World(t);
      const { group, secretary, member } = await invitedGroup(world);
      const meeting = await housingMeeting(world, group);
      await t.gql(
        PublishAgendaDocument,
        { input: { meetingId: meeting.id, version: meeting.version } },
        { token: secretary.token },
      );

      const outbox = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
      expect(outbox.data?.outbox.sending).toBe(false);
      const messages = outbox.data!.outbox.messages;
      expect(messages).toHaveLength(4);
      expect(messages.every((m) => m.status === OutboxStatus.HELD && m.kind === 'INVITATION')).toBe(true);
      const toMember = messages.find((m) => m.recipientEmail === member.user.email)!;
      expect(toMember.subject).toBe('Kokouskutsu: Teemakokous asumisesta ke 21.11.2018 klo 14.00');
      expect(toMember.textBody).toContain('§ 2 Future Savo -hanke ja asuminen');
    } finally {
      await t.close();
    }
  });

  it('keeps a message for another attempt when the mail server cannot be reached', async () => {
    const unreachable = await MailServer.start();
    const url = unreachable.url;
    await unreachable.close();
    const t = await TestApp.start({ SMTP_URL: url });
    try {
      const world = new World(t);
      const { group, secretary } = await invitedGroup(world);
      const meeting = await housingMeeting(world, group);
      await t.gql(
        PublishAgendaDocument,
        { input: { meetingId: meeting.id, version: meeting.version } },
        { token: secretary.token },
      );
      const dispatcher = t.app.get(OutboxDispatcher);
      await dispatcher.idle();
      await dispatcher.deliverDue();
      const rows = await t.db.getRepository(OutboxMessageEntity).findBy({ meetingId: meeting.id });
      expect(rows).toHaveLength(4);
      for (const row of rows) {
        expect(row.status).toBe(OutboxStatus.PENDING);
        expect(row.attempts).toBe(1);
        expect(row.lastError).toBeTruthy();
        expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      }
    } finally {
      await t.close();
    }
  });
});
