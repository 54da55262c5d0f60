import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';

export enum PasswordTokenPurpose {
  /** A new member's first password. */
  INVITATION = 'INVITATION',
  /** "Forgot password". */
  RESET = 'RESET',
}

export enum PasswordLinkState {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  /** A newer link was sent, or the password was changed after this one was sent. */
  REPLACED = 'REPLACED',
  /** No such link: mistyped or cut short. */
  INVALID = 'INVALID',
}

/** How long a link works: a week to answer an invitation, an hour for a reset one asked for. */
export const TOKEN_LIFETIME_MINUTES: Record<PasswordTokenPurpose, number> = {
  [PasswordTokenPurpose.INVITATION]: 7 * 24 * 60,
  [PasswordTokenPurpose.RESET]: 60,
};

/** 256 random bits, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TokenLookup {
  state: PasswordLinkState;
  purpose: PasswordTokenPurpose | null;
  userId: string | null;
}

/** One-time links for setting a password. Only a hash of each token is stored, like session tokens. */
@Injectable()
export class PasswordTokensService {
  constructor(private readonly db: DataSource) {}

  /** A new token for the user; their earlier unused one of the same purpose stops working. */
  async issue(tx: EntityManager, userId: string, purpose: PasswordTokenPurpose): Promise<string> {
    await tx.query(
      `UPDATE password_token SET revoked_at = now(), updated_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId, purpose],
    );
    // Old rows tell nothing anyone needs: a month after expiring they go.
    await tx.query(`DELETE FROM password_token WHERE expires_at < now() - interval '30 days'`);
    const token = randomBytes(32).toString('base64url');
    await tx.query(
      `INSERT INTO password_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [userId, purpose, hashOf(token), TOKEN_LIFETIME_MINUTES[purpose]],
    );
    return token;
  }

  /** What became of a token, without using it up. */
  async lookup(token: string): Promise<TokenLookup> {
    if (!TOKEN_PATTERN.test(token)) return { state: PasswordLinkState.INVALID, purpose: null, userId: null };
    const [row] = (await this.db.query(
      `SELECT user_id, purpose, used_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired
         FROM password_token WHERE token_hash = $1`,
      [hashOf(token)],
    )) as { user_id: string; purpose: PasswordTokenPurpose; used: boolean; revoked: boolean; expired: boolean }[];
    if (!row) return { state: PasswordLinkState.INVALID, purpose: null, userId: null };
    const state = row.used
      ? PasswordLinkState.USED
      : row.revoked
        ? PasswordLinkState.REPLACED
        : row.expired
          ? PasswordLinkState.EXPIRED
          : PasswordLinkState.VALID;
    return { state, purpose: row.purpose, userId: row.user_id };
  }

  /** Uses the token up, once: of two concurrent uses only one gets the user's id. */
  async consume(tx: EntityManager, token: string): Promise<string | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const [rows] = (await tx.query(
      `UPDATE password_token SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hashOf(token)],
    )) as [{ user_id: string }[], number];
    return rows[0]?.user_id ?? null;
  }

  /** Every unused link of the user stops working (their password just changed). */
  async revokeAll(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(
      `UPDATE password_token SET revoked_at = now(), updated_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId],
    );
  }
}
