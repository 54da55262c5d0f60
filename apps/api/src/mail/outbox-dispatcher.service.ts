import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { logger } from '../common/logger.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { OutboxMessageEntity, OutboxStatus } from './outbox-message.entity.js';
import { type MailableMessage, mailDomainOf, type MailOrigin, mailOptionsOf } from './outbox-mail.js';

/** After this many attempts a message is marked FAILED for the secretary to see. */
const MAX_ATTEMPTS = 6;
/** Due messages are looked for this often, so retries happen even when nothing new is published. */
const SWEEP_MS = 60_000;
/** How long a claimed message is its sender's: longer than one SMTP conversation may last (below). */
const LEASE_SECONDS = 300;
/** Bounds on one conversation with the mail server, so that a hung one cannot outlast the lease. */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
/** How long shutting down waits for the message being sent; then the send is abandoned. */
const SHUTDOWN_WAIT_MS = 3000;

/** Minutes to wait before attempt n+1: 1, 4, 16, 64 ... */
export function retryDelayMinutes(attempts: number): number {
  return 4 ** Math.max(0, attempts - 1);
}

type ClaimedMessage = MailableMessage & Pick<OutboxMessageEntity, 'attempts'>;

/**
 * Sends what waits in the outbox, one message at a time: claim it with a lease (committed at
 * once), send it outside any transaction, mark it sent. Any API instance may run this; a claimed
 * message is skipped by the others until its lease runs out, so a sender that dies mid-round
 * leaves only the message in flight to be sent again, under the same Message-ID.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly transport: Transporter | null;
  /** The sender of every message, also of those downloaded to send by hand. */
  readonly origin: MailOrigin;
  private readonly closing = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transport = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS }, { from: config.mailFrom })
      : null;
    this.origin = { from: config.mailFrom, domain: mailDomainOf(config.mailFrom) };
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

  /** Stops after the message in flight; one that does not finish soon is abandoned and sent again later. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    if (this.running) {
      await Promise.race([this.running, sleep(SHUTDOWN_WAIT_MS, undefined, { ref: false })]);
      this.closing.abort();
      await this.running;
    }
    this.transport?.close();
  }

  /** Starts a delivery round in the background, unless one is already running. */
  kick(): void {
    if (!this.transport || this.running || this.closing.signal.aborted) return;
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

  /** Sends every due message; returns how many were sent. */
  async deliverDue(): Promise<number> {
    if (!this.transport) return 0;
    let sent = 0;
    while (!this.closing.signal.aborted) {
      const message = await this.claim();
      if (!message) break;
      if (await this.send(this.transport, message)) sent += 1;
    }
    return sent;
  }

  /**
   * Takes the oldest due message that nobody holds and counts the attempt, in one statement that
   * commits at once. SKIP LOCKED lets concurrent senders pass each other without waiting.
   */
  private async claim(): Promise<ClaimedMessage | null> {
    const rows = (await this.db.query(
      `WITH claimed AS (
         UPDATE outbox_message
            SET claimed_until = now() + make_interval(secs => $1), attempts = attempts + 1
          WHERE id = (SELECT id FROM outbox_message
                       WHERE status = 'PENDING' AND next_attempt_at <= now()
                         AND (claimed_until IS NULL OR claimed_until <= now())
                       ORDER BY created_at, id
                       LIMIT 1
                         FOR UPDATE SKIP LOCKED)
          RETURNING id, recipient_email, recipient_name, subject, text_body, html_body, ics, ics_method, attempts, created_at)
       SELECT id, recipient_email AS "recipientEmail", recipient_name AS "recipientName", subject, text_body AS "textBody",
              html_body AS "htmlBody", ics, ics_method AS "icsMethod", attempts, created_at AS "createdAt"
         FROM claimed`,
      [LEASE_SECONDS],
    )) as ClaimedMessage[];
    return rows[0] ?? null;
  }

  /** Sends one claimed message and records the outcome; the claim ends either way. */
  private async send(transport: Transporter, message: ClaimedMessage): Promise<boolean> {
    try {
      await transport.sendMail({ ...mailOptionsOf(message, this.origin), signal: this.closing.signal });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ outboxId: message.id, attempts: message.attempts, reason }, 'outbox message not sent');
      await this.db.getRepository(OutboxMessageEntity).update(message.id, {
        lastError: reason.slice(0, 1000),
        status: message.attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING,
        nextAttemptAt: () => `now() + interval '${retryDelayMinutes(message.attempts)} minutes'`,
        claimedUntil: null,
      });
      return false;
    }
    await this.db.getRepository(OutboxMessageEntity).update(message.id, {
      status: OutboxStatus.SENT,
      sentAt: () => 'now()',
      lastError: null,
      claimedUntil: null,
    });
    return true;
  }
}
