import { ErrorCode } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error.js';

/**
 * Failed sign-ins allowed per sliding window. A known device has its own count and is exempt
 * from the account's and the address's, so whoever locks an account (or an office's shared
 * address) out from elsewhere does not lock out its owner on a device they signed in on before.
 */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30, perDevice: 5 } as const;

export interface LoginAttempt {
  id: string;
  email: string;
  address: string;
  /** The known device's id, or null for a client that brought no valid device cookie. */
  device: string | null;
}

/** One count of attempts in the window ($1 minutes): how many, its limit, and the whole minutes until the oldest leaves it. */
const COUNT = (where: string, limit: number) => `
  SELECT count(*)::int AS count, ${limit} AS "limit",
         ceil(extract(epoch FROM min(created_at) + make_interval(mins => $1) - now()) / 60)::int AS minutes
    FROM login_attempt
   WHERE ${where} AND created_at > now() - make_interval(mins => $1)`;

/** A known device ($2) is counted on its own. */
const DEVICE_COUNTS = COUNT('device = $2', LOGIN_LIMITS.perDevice);

/** Any other client: on the account ($2) and from the address ($3). */
const CLIENT_COUNTS = `${COUNT('email = $2 AND device IS NULL', LOGIN_LIMITS.perAccount)}
  UNION ALL ${COUNT('address = $3 AND device IS NULL', LOGIN_LIMITS.perAddress)}`;

/**
 * Refusing, not slowing down: a delay before the password check holds every parallel request
 * for the same time, so it does not bound an attacker's rate, and it ties up the server. What
 * slows an attacker is the sliding window: once locked, one more try opens each time an old
 * failure is `windowMinutes` old, and the refusal says when. The owner is let through by their
 * device's own count instead of being made to wait.
 */
@Injectable()
export class LoginLimiter {
  constructor(private readonly db: DataSource) {}

  /**
   * Records the attempt first, then counts the window including it. Tries running at the same
   * time all see each other's rows, so no more than the limit get to the password check.
   */
  async begin(email: string, address: string, device: string | null): Promise<LoginAttempt> {
    const [{ id }] = (await this.db.query(
      `INSERT INTO login_attempt (email, address, device) VALUES ($1, $2, $3) RETURNING id`,
      [email, address, device],
    )) as { id: string }[];
    const attempt = { id, email, address, device };
    const minutes = await this.refusedFor(attempt);
    if (minutes !== null) {
      // A refused try checked nothing: it neither counts nor keeps the lock going.
      await this.db.query(`DELETE FROM login_attempt WHERE id = $1`, [id]);
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, { message: 'auth.tooManyAttempts', params: { minutes } });
    }
    return attempt;
  }

  /**
   * The right password: this try and the failures the same person made just before it (from
   * the same device, or the same account and address) stop counting. Others' failures stay.
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (attempt.device) {
      await this.db.query(`DELETE FROM login_attempt WHERE id = $1 OR device = $2`, [attempt.id, attempt.device]);
    } else {
      await this.db.query(
        `DELETE FROM login_attempt WHERE id = $1 OR (email = $2 AND address = $3 AND device IS NULL)`,
        [attempt.id, attempt.email, attempt.address],
      );
    }
  }

  /** Minutes until the next try may be checked when a limit is exceeded, else null. */
  private async refusedFor(attempt: LoginAttempt): Promise<number | null> {
    const counts = (await (attempt.device
      ? this.db.query(DEVICE_COUNTS, [LOGIN_LIMITS.windowMinutes, attempt.device])
      : this.db.query(CLIENT_COUNTS, [LOGIN_LIMITS.windowMinutes, attempt.email, attempt.address]))) as {
      count: number;
      limit: number;
      minutes: number | null;
    }[];
    const waits = counts
      .filter((c) => c.count > c.limit)
      .map((c) => Math.max(1, c.minutes ?? LOGIN_LIMITS.windowMinutes));
    return waits.length > 0 ? Math.max(...waits) : null;
  }
}
