import { ErrorCode, GroupRole, MeetingStatus } from '@elinvoima/domain';
import {
  AddMeetingGuestDocument,
  MeetingAttendanceDocument,
  RecordAttendanceDocument,
  RecordDisqualificationDocument,
  RemoveDisqualificationDocument,
  RemoveMeetingGuestDocument,
  SetGroupQuorumDocument,
} from '@elinvoima/graphql';
import type { AttendanceEvent } from '../src/attendance/attendance-events.js';
import { AttendanceEvents } from '../src/attendance/attendance-events.js';
import type { AgendaItemEntity } from '../src/agendas/agenda-item.entity.js';
import type { GroupEntity } from '../src/groups/group.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import type { UserEntity } from '../src/users/user.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('attendance', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let secretary: { token: string; user: UserEntity };
  let chair: { token: string; user: UserEntity };
  let members: { token: string; user: UserEntity }[];
  const events: AttendanceEvent[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    chair = await world.person(group, GroupRole.CHAIR);
    secretary = await world.person(group, GroupRole.SECRETARY);
    members = [await world.person(group), await world.person(group), await world.person(group)];
    t.app.get(AttendanceEvents).listen({ changed: async (_tx, event) => void events.push(event) });
  });
  afterAll(() => t.close());

  async function meetingWithItems(count = 3): Promise<{ meeting: MeetingEntity; items: AgendaItemEntity[] }> {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const items = [];
    for (let i = 0; i < count; i++) items.push(await world.agendaItem(meeting));
    return { meeting, items };
  }

  const read = async (meetingId: string, token = secretary.token) =>
    t.gql(MeetingAttendanceDocument, { id: meetingId }, { token });

  const record = (meetingId: string, version: number, entries: object[]) =>
    t.gql(RecordAttendanceDocument, { input: { meetingId, version, entries } as never }, { token: secretary.token });

  it('lists the members of the meeting day and nothing recorded yet', async () => {
    const { meeting } = await meetingWithItems();
    const latecomer = await world.person(null);
    await world.membership(group, latecomer.user, GroupRole.MEMBER, '2019-01-01');
    const result = await read(meeting.id);
    const attendance = result.data!.meeting.attendance;
    expect(attendance.recorded).toBe(false);
    expect(attendance.version).toBe(0);
    expect(attendance.members.map((m) => m.role)).toEqual(['CHAIR', 'SECRETARY', 'MEMBER', 'MEMBER', 'MEMBER']);
    expect(attendance.members.map((m) => m.userId)).not.toContain(latecomer.user.id);
    expect(attendance.quorum).toEqual({ memberCount: 5, presentCount: 0, required: 3, reached: false });
  });

  it('records everyone at once, with a guest and a disqualification, and computes the quorum', async () => {
    const { meeting, items } = await meetingWithItems();
    const [a, b, c] = members.map((m) => m.user.id);
    const first = await record(meeting.id, 0, [
      { userId: chair.user.id, status: 'PRESENT' },
      { userId: secretary.user.id, status: 'PRESENT' },
      { userId: a, status: 'PRESENT', arrivalItemId: items[1].id },
      { userId: b, status: 'EXCUSED' },
      { userId: c, status: 'ABSENT' },
    ]);
    expect(first.errors).toBeUndefined();
    const recorded = first.data!.recordAttendance;
    expect(recorded.version).toBe(1);
    expect(recorded.quorum).toMatchObject({ presentCount: 3, required: 3, reached: true });
    // Before the latecomer arrives only two of five are there.
    expect(recorded.itemQuorums.map((q) => q.reached)).toEqual([false, true, true]);

    const guest = await t.gql(
      AddMeetingGuestDocument,
      {
        input: {
          meetingId: meeting.id,
          version: 1,
          name: 'Pia Kuosmanen',
          organization: 'SavoGrow',
          role: 'PRESENTER',
        },
      },
      { token: secretary.token },
    );
    expect(guest.data!.addMeetingGuest.guests).toEqual([
      expect.objectContaining({ name: 'Pia Kuosmanen', organization: 'SavoGrow', role: 'PRESENTER' }),
    ]);

    const disqualified = await t.gql(
      RecordDisqualificationDocument,
      { input: { meetingId: meeting.id, version: 2, agendaItemId: items[2].id, userId: a, reason: 'Hankkeen hakija' } },
      { token: chair.token },
    );
    const attendance = disqualified.data!.recordDisqualification;
    expect(attendance.disqualifications).toEqual([{ agendaItemId: items[2].id, userId: a, reason: 'Hankkeen hakija' }]);
    // Without the disqualified member § 3 has four members, two of them there: no quorum.
    expect(attendance.itemQuorums[2]).toMatchObject({ memberCount: 4, presentCount: 2, required: 3, reached: false });

    const seen = await read(meeting.id, members[1].token);
    expect(seen.data!.meeting.attendance).toEqual(attendance);
    expect(events.filter((e) => e.meetingId === meeting.id).map((e) => [e.kind, e.version])).toEqual([
      ['ATTENDANCE_RECORDED', 1],
      ['GUEST_ADDED', 2],
      ['DISQUALIFICATION_RECORDED', 3],
    ]);
  });

  it('removes a guest and a disqualification', async () => {
    const { meeting, items } = await meetingWithItems();
    const added = await t.gql(
      AddMeetingGuestDocument,
      { input: { meetingId: meeting.id, version: 0, name: 'Asiantuntija', role: 'EXPERT' } },
      { token: secretary.token },
    );
    const guestId = added.data!.addMeetingGuest.guests[0].id;
    await t.gql(
      RecordDisqualificationDocument,
      { input: { meetingId: meeting.id, version: 1, agendaItemId: items[0].id, userId: members[0].user.id } },
      { token: secretary.token },
    );
    const noGuest = await t.gql(
      RemoveMeetingGuestDocument,
      { input: { meetingId: meeting.id, version: 2, guestId } },
      { token: secretary.token },
    );
    expect(noGuest.data!.removeMeetingGuest.guests).toEqual([]);
    const none = await t.gql(
      RemoveDisqualificationDocument,
      { input: { meetingId: meeting.id, version: 3, agendaItemId: items[0].id, userId: members[0].user.id } },
      { token: secretary.token },
    );
    expect(none.data!.removeDisqualification.disqualifications).toEqual([]);
  });

  it('refuses bad input with a coded field error and writes nothing', async () => {
    const { meeting, items } = await meetingWithItems();
    const other = await meetingWithItems(1);
    const outsider = await world.person(await world.group());
    const fieldOf = (result: Awaited<ReturnType<typeof record>>) => [
      codeOf(result),
      (result.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.[0]?.field,
    ];
    const good = { userId: chair.user.id, status: 'PRESENT' };
    expect(
      fieldOf(
        await record(meeting.id, 0, [
          good,
          { userId: secretary.user.id, status: 'PRESENT', arrivalItemId: other.items[0].id },
        ]),
      ),
    ).toEqual([ErrorCode.BAD_USER_INPUT, 'entries.1.arrivalItemId']);
    expect(fieldOf(await record(meeting.id, 0, [good, { userId: outsider.user.id, status: 'PRESENT' }]))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'entries.1.userId',
    ]);
    expect(
      fieldOf(await record(meeting.id, 0, [{ ...good, arrivalItemId: items[2].id, leavingItemId: items[1].id }])),
    ).toEqual([ErrorCode.BAD_USER_INPUT, 'entries.0.leavingItemId']);
    expect(
      fieldOf(await record(meeting.id, 0, [{ userId: chair.user.id, status: 'ABSENT', arrivalItemId: items[0].id }])),
    ).toEqual([ErrorCode.BAD_USER_INPUT, 'entries.0.arrivalItemId']);
    expect((await read(meeting.id)).data!.meeting.attendance.recorded).toBe(false);

    expect(codeOf(await record(meeting.id, 0, [good]))).toBeUndefined();
    const stale = await record(meeting.id, 0, [{ userId: chair.user.id, status: 'ABSENT' }]);
    expect(codeOf(stale)).toBe(ErrorCode.CONFLICT);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(1);
    const after = (await read(meeting.id)).data!.meeting.attendance;
    expect(after.members.find((m) => m.userId === chair.user.id)?.status).toBe('PRESENT');

    const cancelled = await world.meeting(group, {
      status: MeetingStatus.CANCELLED,
      agendaPublishedAt: new Date('2018-11-01T10:00:00Z'),
    });
    expect(fieldOf(await record(cancelled.id, 0, [good]))).toEqual([ErrorCode.BAD_USER_INPUT, 'meetingId']);
    const guest = await t.gql(
      AddMeetingGuestDocument,
      { input: { meetingId: cancelled.id, version: 0, name: 'Vieras', role: 'OTHER' } },
      { token: secretary.token },
    );
    expect(codeOf(guest)).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it("lets managers set the group's quorum, within its members", async () => {
    const { meeting } = await meetingWithItems();
    await record(meeting.id, 0, [
      { userId: chair.user.id, status: 'PRESENT' },
      { userId: secretary.user.id, status: 'PRESENT' },
    ]);
    const tooHigh = await t.gql(
      SetGroupQuorumDocument,
      { input: { groupId: group.id, version: group.version, quorumMinimum: 50 } },
      { token: chair.token },
    );
    expect(tooHigh.errors?.[0].extensions?.fields).toEqual([
      { field: 'quorumMinimum', message: 'Päätösvaltaisuuteen vaadittava määrä voi olla enintään 6.' },
    ]);
    const set = await t.gql(
      SetGroupQuorumDocument,
      { input: { groupId: group.id, version: group.version, quorumMinimum: 2 } },
      { token: chair.token },
    );
    expect(set.data!.setGroupQuorum.quorumMinimum).toBe(2);
    const attendance = (await read(meeting.id)).data!.meeting.attendance;
    expect(attendance.quorum).toMatchObject({ presentCount: 2, required: 2, reached: true });
    const back = await t.gql(
      SetGroupQuorumDocument,
      { input: { groupId: group.id, version: set.data!.setGroupQuorum.version, quorumMinimum: null } },
      { token: secretary.token },
    );
    expect(back.data!.setGroupQuorum.quorumMinimum).toBeNull();
  });
});
