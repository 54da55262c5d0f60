import { AttendanceStatus, GroupRole, type GuestRole, itemQuorum, quorum } from '@elinvoima/domain';
import type { EntityManager } from 'typeorm';
import { meetingDay, membershipOnDay } from '../access/memberships.js';
import { roleRank } from '../access/roles.js';
import type { Attendance, AttendanceMember } from './attendance.types.js';

/** Anything that runs SQL: the data source or a transaction. */
type Db = Pick<EntityManager, 'query'>;

/** The agenda items of the meetings, in order: their ids and positions (§). */
export async function itemsOf(db: Db, meetingIds: readonly string[]) {
  return db.query<{ id: string; meeting_id: string; position: number }[]>(
    `SELECT id, meeting_id, position FROM agenda_item WHERE meeting_id = ANY($1) ORDER BY position`,
    [meetingIds],
  );
}

/** The members of each meeting's group on its day, each once with their highest role, and their entries. */
export async function membersOf(db: Db, meetingIds: readonly string[]) {
  return db.query<
    {
      meeting_id: string;
      user_id: string;
      name: string;
      role: GroupRole;
      status: AttendanceStatus | null;
      arrival_item_id: string | null;
      leaving_item_id: string | null;
    }[]
  >(
    `SELECT DISTINCT ON (m.id, u.id) m.id AS meeting_id, u.id AS user_id, u.name, ms.role,
            e.status, e.arrival_item_id, e.leaving_item_id
       FROM meeting m
       JOIN membership ms ON ms.group_id = m.group_id AND ${membershipOnDay('ms', meetingDay('m'))}
       JOIN app_user u ON u.id = ms.user_id
       LEFT JOIN attendance_entry e ON e.meeting_id = m.id AND e.user_id = u.id
      WHERE m.id = ANY($1)
      ORDER BY m.id, u.id, ${roleRank('ms')}`,
    [meetingIds],
  );
}

/** The attendance of each meeting with its quorum, in a constant number of queries. */
export async function loadAttendance(db: Db, meetingIds: readonly string[]): Promise<Attendance[]> {
  const ids = [...meetingIds];
  const [sheets, members, items, guests, disqualifications] = await Promise.all([
    db.query<{ id: string; quorum_minimum: number | null; version: number | null }[]>(
      `SELECT m.id, g.quorum_minimum, a.version
         FROM meeting m JOIN working_group g ON g.id = m.group_id
         LEFT JOIN attendance a ON a.meeting_id = m.id
        WHERE m.id = ANY($1)`,
      [ids],
    ),
    membersOf(db, ids),
    itemsOf(db, ids),
    db.query<{ id: string; meeting_id: string; name: string; organization: string; role: GuestRole }[]>(
      `SELECT id, meeting_id, name, organization, role FROM meeting_guest
        WHERE meeting_id = ANY($1) ORDER BY created_at, id`,
      [ids],
    ),
    db.query<{ meeting_id: string; agenda_item_id: string; user_id: string; reason: string }[]>(
      `SELECT meeting_id, agenda_item_id, user_id, reason FROM disqualification WHERE meeting_id = ANY($1)`,
      [ids],
    ),
  ]);
  return ids.map((meetingId) => {
    const sheet = sheets.find((s) => s.id === meetingId);
    const minimum = sheet?.quorum_minimum ?? null;
    const meetingItems = items.filter((i) => i.meeting_id === meetingId);
    const position = new Map(meetingItems.map((i) => [i.id, i.position]));
    const people: AttendanceMember[] = members
      .filter((m) => m.meeting_id === meetingId)
      .map((m) => ({
        userId: m.user_id,
        name: m.name,
        role: m.role,
        status: m.status,
        arrivalItemId: m.arrival_item_id,
        leavingItemId: m.leaving_item_id,
      }))
      .sort(byRoleThenName);
    const presences = people.map((p) => ({
      userId: p.userId,
      status: p.status,
      arrivalPosition: p.arrivalItemId ? (position.get(p.arrivalItemId) ?? null) : null,
      leavingPosition: p.leavingItemId ? (position.get(p.leavingItemId) ?? null) : null,
    }));
    const disqualified = disqualifications.filter((d) => d.meeting_id === meetingId);
    const present = people.filter((p) => p.status === AttendanceStatus.PRESENT).length;
    return {
      meetingId,
      version: sheet?.version ?? 0,
      recorded: people.some((p) => p.status !== null),
      quorumMinimum: minimum,
      members: people,
      guests: guests.filter((g) => g.meeting_id === meetingId),
      disqualifications: disqualified.map((d) => ({
        agendaItemId: d.agenda_item_id,
        userId: d.user_id,
        reason: d.reason,
      })),
      quorum: quorum(people.length, present, minimum),
      itemQuorums: meetingItems.map((item) => ({
        agendaItemId: item.id,
        ...itemQuorum(
          presences,
          item.position,
          new Set(disqualified.filter((d) => d.agenda_item_id === item.id).map((d) => d.user_id)),
          minimum,
        ),
      })),
    };
  });
}

/** Chairs first, as everywhere: the order of the roles' declaration. */
const ROLE_ORDER = Object.values(GroupRole);

function byRoleThenName(a: AttendanceMember, b: AttendanceMember): number {
  return ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, 'fi');
}
