import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { logger } from '../common/logger.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { OutboxMessageEntity, OutboxStatus } from './outbox-message.entity.js';

/** After this many failed attempts a message is marked FAILED for the secretary to see. */
const MAX_ATTEMPTS = 6;
/** Messages sent per round; each instance claims its own with SKIP LOCKED. */
const BATCH = 25;
/** Due messages are looked for this often, so retries happen even when nothing new is published. */
const SWEEP_MS = 60_000;

/** Minutes to wait before attempt n+1: 1, 4, 16, 64 ... */
export function retryDelayMinutes(attempts: number): number {
  return 4 ** Math.max(0, attempts - 1);
}

/**
 * Sends what waits in the outbox. Any API instance may run it: rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so two instances never send the same message.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl, { from: config.mailFrom }) : null;
  }

  /** Whether mail leaves this system; without SMTP new messages are held in the outbox. */
  get sends(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport) return;
    this.timer = setInterval(() => this.kick(), SWEEP_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Starts a delivery round in the background, unless one is already running. */
  kick(): void {
    if (!this.transport || this.running) return;
    this.running = this.deliverDue()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'outbox delivery failed');
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
  }

  /** Waits for the round in progress, if any (tests and shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Sends every due message, batch by batch; returns how many were sent. */
  async deliverDue(): Promise<number> {
    if (!this.transport) return 0;
    let sent = 0;
    for (;;) {
      const round = await this.deliverBatch(this.transport);
      sent += round.sent;
      if (round.claimed < BATCH) return sent;
    }
  }

  private deliverBatch(transport: Transporter): Promise<{ claimed: number; sent: number }> {
    return this.db.transaction(async (tx) => {
      const due = await tx
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('o.status = :pending AND o.nextAttemptAt <= now()', { pending: OutboxStatus.PENDING })
        .orderBy('o.createdAt')
        .limit(BATCH)
        .getMany();
      let sent = 0;
      for (const message of due) {
        const attempts = message.attempts + 1;
        try {
          await transport.sendMail({
            to: message.recipientName ? { name: message.recipientName, address: message.recipientEmail } : message.recipientEmail,
            subject: message.subject,
            text: message.textBody,
            html: message.htmlBody ?? undefined,
            icalEvent: message.ics ? { method: message.icsMethod ?? 'REQUEST', filename: 'kutsu.ics', content: message.ics } : undefined,
          });
          await tx.update(OutboxMessageEntity, message.id, { status: OutboxStatus.SENT, attempts, sentAt: new Date(), lastError: null });
          sent += 1;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn({ messageId: message.id, attempts, reason }, 'outbox message not sent');
          await tx.update(OutboxMessageEntity, message.id, {
            attempts,
            lastError: reason.slice(0, 1000),
            status: attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING,
            nextAttemptAt: () => `now() + interval '${retryDelayMinutes(attempts)} minutes'`,
          });
        }
      }
      return { claimed: due.length, sent };
    });
  }
}
