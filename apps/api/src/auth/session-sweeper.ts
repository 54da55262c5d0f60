import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { logger } from '../common/logger.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';

/** Expired sessions and old sign-in attempts are removed this often, by every instance (a delete of nothing is cheap). */
const SWEEP_MS = 60 * 60 * 1000;

/**
 * Removes what no longer opens anything: expired sessions and sign-in attempts older than a day.
 * It also holds every session to the absolute lifetime in force, so lowering SESSION_MAX_HOURS
 * shortens the sessions already open from the next start on.
 */
@Injectable()
export class SessionSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweepQuietly();
    this.timer = setInterval(() => void this.sweepQuietly(), SWEEP_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<void> {
    await this.db.query(
      `UPDATE session SET expires_at = created_at + make_interval(hours => $1)
        WHERE expires_at > created_at + make_interval(hours => $1)`,
      [this.config.sessionMaxHours],
    );
    await this.db.query(`DELETE FROM session WHERE expires_at <= now()`);
    await this.db.query(`DELETE FROM login_attempt WHERE created_at < now() - interval '1 day'`);
  }

  /** A failed sweep (say, the database restarting) is tried again at the next round. */
  private sweepQuietly(): Promise<void> {
    this.running ??= this.sweep()
      .catch((error: unknown) => logger.warn({ err: error }, 'removing expired sessions failed'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
