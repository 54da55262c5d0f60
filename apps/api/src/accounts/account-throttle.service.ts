import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ThrottleRule {
  /** What is counted, e.g. `reset-email`. */
  action: string;
  limit: number;
  windowMinutes: number;
}

/** The password operations besides signing in, each counted in PostgreSQL so that every API instance sees the same counts. */
export const THROTTLE = {
  /** "Forgot password" asked from one address, whatever the email. */
  resetPerAddress: { action: 'reset-address', limit: 10, windowMinutes: 15 },
  /** Reset mail to one address: more is not sent (and the answer does not say so). */
  resetPerEmail: { action: 'reset-email', limit: 3, windowMinutes: 60 },
  /** Wrong current passwords when changing the password, per account. */
  currentPassword: { action: 'current-password', limit: 5, windowMinutes: 15 },
} as const satisfies Record<string, ThrottleRule>;

@Injectable()
export class AccountThrottle {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts one more try for `subject` and returns its id, or null when the limit is reached.
   * The count and the new row are written under a lock, so concurrent tries cannot all slip
   * under the limit; a try that succeeds can be forgotten with `release`.
   */
  reserve(rule: ThrottleRule, subject: string): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${rule.action}:${subject}`]);
      const [{ tries }] = (await tx.query(
        `SELECT count(*)::int AS tries FROM account_throttle
          WHERE action = $1 AND subject = $2 AND created_at > now() - make_interval(mins => $3)`,
        [rule.action, subject, rule.windowMinutes],
      )) as { tries: number }[];
      if (tries >= rule.limit) return null;
      await tx.query(`DELETE FROM account_throttle WHERE action = $1 AND created_at < now() - interval '1 day'`, [
        rule.action,
      ]);
      const [{ id }] = (await tx.query(`INSERT INTO account_throttle (action, subject) VALUES ($1, $2) RETURNING id`, [
        rule.action,
        subject,
      ])) as { id: string }[];
      return id;
    });
  }

  /** Forgets a try that succeeded, so it does not count against the person. */
  async release(id: string): Promise<void> {
    await this.db.query(`DELETE FROM account_throttle WHERE id = $1`, [id]);
  }
}
