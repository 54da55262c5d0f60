import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InvitationsService } from '../mail/invitations.service.js';
import { OutboxKind } from '../mail/outbox-message.entity.js';
import type { MeetingEntity } from './meeting.entity.js';

/**
 * What happens around a meeting's life beyond its own rows: the members hear of it by mail.
 * Messages are written inside the caller's transaction and sent once it has committed.
 */
@Injectable()
export class MeetingEventsService {
  constructor(private readonly invitations: InvitationsService) {}

  async agendaPublished(tx: EntityManager, meeting: MeetingEntity): Promise<void> {
    await this.invitations.queue(tx, meeting, OutboxKind.INVITATION);
  }

  /** The time or place of a published meeting changed: calendars update the same event. */
  async rescheduled(tx: EntityManager, meeting: MeetingEntity): Promise<void> {
    await this.invitations.queue(tx, meeting, OutboxKind.UPDATE);
  }

  /** Only members who were invited hear of a cancellation; a draft was never announced. */
  async cancelled(tx: EntityManager, meeting: MeetingEntity, wasPublished: boolean): Promise<void> {
    if (wasPublished) await this.invitations.queue(tx, meeting, OutboxKind.CANCELLATION);
  }

  /** Call after the transaction has committed. */
  committed(): void {
    this.invitations.deliver();
  }
}
