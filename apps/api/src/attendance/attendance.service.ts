import { ATTENDANCE_LIMITS, AttendanceStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { lockMeeting } from '../meetings/meeting-lock.js';
import { type AttendanceEvent, AttendanceEvents } from './attendance-events.js';
import { itemsOf, loadAttendance, membersOf } from './attendance.read.js';
import type { Attendance } from './attendance.types.js';
import type {
  AddMeetingGuestInput,
  AttendanceEntryInput,
  RecordAttendanceInput,
  RecordDisqualificationInput,
  RemoveDisqualificationInput,
  RemoveMeetingGuestInput,
} from './dto/attendance.inputs.js';

/** The event a change announces, without what every change has. */
type Change = AttendanceEvent extends infer E
  ? E extends AttendanceEvent
    ? Omit<E, 'meetingId' | 'version' | 'byUserId'>
    : never
  : never;

/** A meeting locked for a change, with what the change is checked against. */
interface Sheet {
  tx: EntityManager;
  meetingId: string;
  memberIds: Set<string>;
  /** The position (§) of each agenda item of the meeting. */
  positions: Map<string, number>;
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: DataSource,
    private readonly events: AttendanceEvents,
  ) {}

  record(input: RecordAttendanceInput, viewer: Viewer): Promise<Attendance> {
    return this.change(input, viewer, async (sheet) => {
      const seen = new Set<string>();
      input.entries.forEach((entry, i) => {
        const field = `entries.${i}`;
        if (seen.has(entry.userId)) throw DomainError.badInput(`${field}.userId`, 'attendance.duplicateMember');
        seen.add(entry.userId);
        assertEntry(sheet, entry, field);
      });
      for (const entry of input.entries) {
        await sheet.tx.query(
          `INSERT INTO attendance_entry (meeting_id, user_id, status, arrival_item_id, leaving_item_id)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (meeting_id, user_id) DO UPDATE
             SET status = $3, arrival_item_id = $4, leaving_item_id = $5`,
          [sheet.meetingId, entry.userId, entry.status, entry.arrivalItemId ?? null, entry.leavingItemId ?? null],
        );
      }
      return { kind: 'ATTENDANCE_RECORDED', userIds: input.entries.map((e) => e.userId) };
    });
  }

  addGuest(input: AddMeetingGuestInput, viewer: Viewer): Promise<Attendance> {
    return this.change(input, viewer, async ({ tx, meetingId }) => {
      const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM meeting_guest WHERE meeting_id = $1`, [
        meetingId,
      ]);
      if (count >= ATTENDANCE_LIMITS.guestsMax) {
        throw DomainError.badInput('name', 'attendance.tooManyGuests', { max: ATTENDANCE_LIMITS.guestsMax });
      }
      const [{ id }] = await tx.query(
        `INSERT INTO meeting_guest (meeting_id, name, organization, role) VALUES ($1, $2, $3, $4) RETURNING id`,
        [meetingId, input.name, input.organization ?? '', input.role],
      );
      return { kind: 'GUEST_ADDED', guestId: id };
    });
  }

  removeGuest(input: RemoveMeetingGuestInput, viewer: Viewer): Promise<Attendance> {
    return this.change(input, viewer, async ({ tx, meetingId }) => {
      const [, affected] = await tx.query(`DELETE FROM meeting_guest WHERE id = $1 AND meeting_id = $2`, [
        input.guestId,
        meetingId,
      ]);
      if (!affected) throw DomainError.badInput('guestId', 'attendance.guestNotFound');
      return { kind: 'GUEST_REMOVED', guestId: input.guestId };
    });
  }

  disqualify(input: RecordDisqualificationInput, viewer: Viewer): Promise<Attendance> {
    return this.change(input, viewer, async (sheet) => {
      assertItem(sheet, input.agendaItemId, 'agendaItemId');
      assertMember(sheet, input.userId, 'userId');
      await sheet.tx.query(
        `INSERT INTO disqualification (meeting_id, agenda_item_id, user_id, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (agenda_item_id, user_id) DO UPDATE SET reason = $4`,
        [sheet.meetingId, input.agendaItemId, input.userId, input.reason ?? ''],
      );
      return { kind: 'DISQUALIFICATION_RECORDED', agendaItemId: input.agendaItemId, userId: input.userId };
    });
  }

  removeDisqualification(input: RemoveDisqualificationInput, viewer: Viewer): Promise<Attendance> {
    return this.change(input, viewer, async (sheet) => {
      assertItem(sheet, input.agendaItemId, 'agendaItemId');
      await sheet.tx.query(
        `DELETE FROM disqualification WHERE meeting_id = $1 AND agenda_item_id = $2 AND user_id = $3`,
        [sheet.meetingId, input.agendaItemId, input.userId],
      );
      return { kind: 'DISQUALIFICATION_REMOVED', agendaItemId: input.agendaItemId, userId: input.userId };
    });
  }

  /**
   * Runs one change in a transaction: locks the meeting (refusing a cancelled one), checks the
   * version, applies the change, raises the version and announces the change.
   */
  private async change(
    input: { meetingId: string; version: number },
    viewer: Viewer,
    apply: (sheet: Sheet) => Promise<Change>,
  ): Promise<Attendance> {
    await this.db.transaction(async (tx) => {
      await lockMeeting(tx, input.meetingId, { field: 'meetingId' });
      const [current] = await tx.query(`SELECT version FROM attendance WHERE meeting_id = $1`, [input.meetingId]);
      if ((current?.version ?? 0) !== input.version) throw DomainError.conflict(current?.version ?? 0);
      const [{ version }] = await tx.query(
        `INSERT INTO attendance (meeting_id) VALUES ($1)
         ON CONFLICT (meeting_id) DO UPDATE SET version = attendance.version + 1, updated_at = now()
         RETURNING version`,
        [input.meetingId],
      );
      const [members, items] = await Promise.all([membersOf(tx, [input.meetingId]), itemsOf(tx, [input.meetingId])]);
      const sheet: Sheet = {
        tx,
        meetingId: input.meetingId,
        memberIds: new Set(members.map((m) => m.user_id)),
        positions: new Map(items.map((i) => [i.id, i.position])),
      };
      const change = await apply(sheet);
      await this.events.changed(tx, { ...change, meetingId: input.meetingId, version, byUserId: viewer.user.id });
    });
    this.events.committed();
    const [attendance] = await loadAttendance(this.db, [input.meetingId]);
    return attendance;
  }
}

function assertMember(sheet: Sheet, userId: string, field: string): void {
  if (!sheet.memberIds.has(userId)) throw DomainError.badInput(field, 'attendance.notMember');
}

function assertItem(sheet: Sheet, itemId: string, field: string): number {
  const position = sheet.positions.get(itemId);
  if (position === undefined) throw DomainError.badInput(field, 'attendance.itemNotInMeeting');
  return position;
}

/** A member of the day, arriving and leaving at items of this meeting, in that order, only when present. */
function assertEntry(sheet: Sheet, entry: AttendanceEntryInput, field: string): void {
  assertMember(sheet, entry.userId, `${field}.userId`);
  const arrival = entry.arrivalItemId ? assertItem(sheet, entry.arrivalItemId, `${field}.arrivalItemId`) : null;
  const leaving = entry.leavingItemId ? assertItem(sheet, entry.leavingItemId, `${field}.leavingItemId`) : null;
  if ((arrival !== null || leaving !== null) && entry.status !== AttendanceStatus.PRESENT) {
    throw DomainError.badInput(
      `${field}.${arrival !== null ? 'arrivalItemId' : 'leavingItemId'}`,
      'attendance.onlyWhenPresent',
    );
  }
  if (arrival !== null && leaving !== null && leaving <= arrival) {
    throw DomainError.badInput(`${field}.leavingItemId`, 'attendance.leavesBeforeArriving');
  }
}
