import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * One change to a meeting's attendance, small enough to announce as it happens (a live meeting
 * view can follow these). `version` is the attendance's version after the change.
 */
export type AttendanceEvent = { meetingId: string; version: number; byUserId: string } & (
  | { kind: 'ATTENDANCE_RECORDED'; userIds: string[] }
  | { kind: 'GUEST_ADDED'; guestId: string }
  | { kind: 'GUEST_REMOVED'; guestId: string }
  | { kind: 'DISQUALIFICATION_RECORDED'; agendaItemId: string; userId: string }
  | { kind: 'DISQUALIFICATION_REMOVED'; agendaItemId: string; userId: string }
);

/** What other domains do when attendance changes; each hook runs inside the change's transaction. */
export interface AttendanceListener {
  changed?(tx: EntityManager, event: AttendanceEvent): Promise<void>;
  /** The transaction has committed: announce what was written in it. */
  committed?(): void;
}

/** The attendance's side of its listeners: where they register, and how they are told. */
@Injectable()
export class AttendanceEvents {
  private readonly listeners: AttendanceListener[] = [];

  listen(listener: AttendanceListener): void {
    this.listeners.push(listener);
  }

  async changed(tx: EntityManager, event: AttendanceEvent): Promise<void> {
    for (const listener of this.listeners) await listener.changed?.(tx, event);
  }

  committed(): void {
    for (const listener of this.listeners) listener.committed?.();
  }
}
