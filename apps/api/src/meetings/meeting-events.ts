import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import type { CreateMeetingInput } from './dto/meeting.inputs.js';
import type { MeetingEntity } from './meeting.entity.js';

/** A published meeting's own fields that changed, and whether attendees' calendars must follow. */
export interface MeetingChange {
  fields: string[];
  touchesCalendar: boolean;
  by: Viewer;
}

/**
 * What other domains do around a meeting's life beyond its own rows: its agenda, the members'
 * mail. Each hook runs inside the meeting's transaction, so everything commits or fails together;
 * the domain registers it from its own module.
 */
export interface MeetingListener {
  /** A new meeting: e.g. its draft agenda, as `input` asks. */
  created?(tx: EntityManager, meeting: MeetingEntity, input: CreateMeetingInput): Promise<void>;
  /** A draft about to be published; a listener refuses it by throwing. */
  publishing?(tx: EntityManager, meeting: MeetingEntity): Promise<void>;
  /** The agenda was published: the members hear of it. */
  published?(tx: EntityManager, meeting: MeetingEntity): Promise<void>;
  /** A published meeting's own fields changed. */
  changed?(tx: EntityManager, meeting: MeetingEntity, change: MeetingChange): Promise<void>;
  /** The meeting was cancelled; `wasPublished` when its members had been told of it. */
  cancelled?(tx: EntityManager, meeting: MeetingEntity, wasPublished: boolean): Promise<void>;
  /** The transaction has committed: send what was written in it. */
  committed?(): void;
}

/** The meetings' side of their listeners: where they register, and how the meetings tell them. */
@Injectable()
export class MeetingEvents {
  private readonly listeners: MeetingListener[] = [];

  listen(listener: MeetingListener): void {
    this.listeners.push(listener);
  }

  async created(tx: EntityManager, meeting: MeetingEntity, input: CreateMeetingInput): Promise<void> {
    for (const listener of this.listeners) await listener.created?.(tx, meeting, input);
  }

  async publishing(tx: EntityManager, meeting: MeetingEntity): Promise<void> {
    for (const listener of this.listeners) await listener.publishing?.(tx, meeting);
  }

  async published(tx: EntityManager, meeting: MeetingEntity): Promise<void> {
    for (const listener of this.listeners) await listener.published?.(tx, meeting);
  }

  async changed(tx: EntityManager, meeting: MeetingEntity, change: MeetingChange): Promise<void> {
    for (const listener of this.listeners) await listener.changed?.(tx, meeting, change);
  }

  async cancelled(tx: EntityManager, meeting: MeetingEntity, wasPublished: boolean): Promise<void> {
    for (const listener of this.listeners) await listener.cancelled?.(tx, meeting, wasPublished);
  }

  committed(): void {
    for (const listener of this.listeners) listener.committed?.();
  }
}
