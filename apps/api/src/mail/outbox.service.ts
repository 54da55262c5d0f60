import { ErrorCode } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from './outbox-message.entity.js';
import { Outbox, OUTBOX_LIMIT, type OutboxMeeting } from './outbox.model.js';

/**
 * Whether a group's managers may take the whole message out of the outbox (read it, download
 * it): always, but for a sign-in invitation that has left or is leaving by mail, whose one-time
 * link is then its recipient's alone.
 */
export function mayHandOut(message: Pick<OutboxMessageEntity, 'kind' | 'status'>): boolean {
  return message.kind !== OutboxKind.SIGN_IN_INVITATION || message.status === OutboxStatus.HELD;
}

/** What may be sent (again) by hand: never sent for want of a mail server, or given up on. */
const SENDABLE = `status IN ('${OutboxStatus.HELD}', '${OutboxStatus.FAILED}')`;

/** A group's outgoing mail as its managers see it: listed, downloaded, sent by hand. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly db: DataSource,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async outbox(groupId: string): Promise<Outbox> {
    const messages = await this.db.getRepository(OutboxMessageEntity).find({
      where: { groupId },
      order: { createdAt: 'DESC', recipientName: 'ASC' },
      take: OUTBOX_LIMIT,
    });
    const meetingIds = [...new Set(messages.flatMap((m) => (m.meetingId ? [m.meetingId] : [])))];
    const meetings = meetingIds.length
      ? ((await this.db.query(
          `SELECT id, title, starts_at AS "startsAt" FROM meeting WHERE id = ANY($1::uuid[]) ORDER BY starts_at, id`,
          [meetingIds],
        )) as OutboxMeeting[])
      : [];
    return { sending: this.dispatcher.sends, messages, meetings };
  }

  /** One message of a group, whole, for its managers to download. */
  async handOut(id: string): Promise<OutboxMessageEntity> {
    const message = await this.db.getRepository(OutboxMessageEntity).findOneBy({ id });
    if (!message?.groupId) throw DomainError.notFound();
    if (!mayHandOut(message)) throw new DomainError(ErrorCode.FORBIDDEN, { message: 'outbox.linkAlreadySent' });
    return message;
  }

  /** The messages about a meeting that wait because no mail server was configured, by recipient. */
  async heldOfMeeting(meetingId: string): Promise<OutboxMessageEntity[]> {
    const messages = await this.db.getRepository(OutboxMessageEntity).find({
      where: { meetingId, status: OutboxStatus.HELD },
      order: { createdAt: 'ASC', recipientName: 'ASC', id: 'ASC' },
    });
    if (!messages.length) throw new DomainError(ErrorCode.NOT_FOUND, { message: 'outbox.noHeldMail' });
    return messages;
  }

  /**
   * Queues a held or failed message for the mail server, with a fresh round of attempts. One
   * statement: a second click, or a second instance, finds it already queued and changes nothing.
   */
  async send(id: string): Promise<OutboxMessageEntity> {
    this.requireMailServer();
    await this.requeue(`id = $1`, [id]);
    return this.db.getRepository(OutboxMessageEntity).findOneByOrFail({ id });
  }

  /** Queues every held or failed message of the group, or of one of its meetings. */
  async sendAll(groupId: string, meetingId: string | null): Promise<Outbox> {
    this.requireMailServer();
    await this.requeue(`group_id = $1 AND ($2::uuid IS NULL OR meeting_id = $2)`, [groupId, meetingId]);
    return this.outbox(groupId);
  }

  private requireMailServer(): void {
    if (!this.dispatcher.sends) throw new DomainError(ErrorCode.BAD_USER_INPUT, { message: 'outbox.noMailServer' });
  }

  private async requeue(where: string, params: unknown[]): Promise<void> {
    await this.db.query(
      `UPDATE outbox_message
          SET status = '${OutboxStatus.PENDING}', attempts = 0, last_error = NULL,
              next_attempt_at = now(), claimed_until = NULL, updated_at = now()
        WHERE ${where} AND ${SENDABLE}`,
      params,
    );
    // Sent from here at once; the other instances' sweeps would find it within a minute too.
    this.dispatcher.kick();
  }
}
