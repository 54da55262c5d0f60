import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { type MeetingChange, MeetingEvents, type MeetingListener } from '../meetings/meeting-events.js';
import { InvitationsService } from './invitations.service.js';
import { OutboxKind } from './outbox-message.entity.js';

/** The members hear of a meeting by mail: its invitation, a change of time or place, its cancellation. */
@Injectable()
export class MeetingMail implements MeetingListener, OnModuleInit {
  constructor(
    private readonly meetings: MeetingEvents,
    private readonly invitations: InvitationsService,
  ) {}

  onModuleInit(): void {
    this.meetings.listen(this);
  }

  async published(tx: EntityManager, meeting: MeetingEntity): Promise<void> {
    await this.invitations.queue(tx, meeting, OutboxKind.INVITATION);
  }

  /** The time or place of a published meeting changed: calendars update the same event. */
  async changed(tx: EntityManager, meeting: MeetingEntity, change: MeetingChange): Promise<void> {
    if (change.touchesCalendar) await this.invitations.queue(tx, meeting, OutboxKind.UPDATE);
  }

  /** Only members who were invited hear of a cancellation; a draft was never announced. */
  async cancelled(tx: EntityManager, meeting: MeetingEntity, wasPublished: boolean): Promise<void> {
    if (wasPublished) await this.invitations.queue(tx, meeting, OutboxKind.CANCELLATION);
  }

  committed(): void {
    this.invitations.deliver();
  }
}
