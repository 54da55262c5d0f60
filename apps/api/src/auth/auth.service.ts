import { ErrorCode } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { DeviceCookies } from './device-cookie.js';
import { LoginLimiter } from './login-limiter.js';
import { verifyPassword } from './passwords.js';
import { SessionEntity } from './session.entity.js';
import { SESSION_VIEWER_SQL, SIGN_IN_SQL, type SignedInUser, signedInUser, type UserRow } from './signed-in-user.js';
import type { Viewer } from './viewer.js';

const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface SignedIn extends Viewer {
  token: string;
  /** When the session ends if unused (renewed on use, up to `endsAt`). */
  expiresAt: Date;
  /** The session's absolute end, however much it is used. */
  endsAt: Date;
  /** A new known-device cookie for the browser. */
  deviceToken: string;
}

@Injectable()
export class AuthService {
  private readonly devices: DeviceCookies;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly db: DataSource,
    private readonly limiter: LoginLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.devices = new DeviceCookies(config.sessionSecret);
  }

  /**
   * Checks the password and opens a session. The error never tells whether the email exists.
   * `deviceToken` is the known-device cookie, if the browser has one.
   */
  async login(email: string, password: string, address: string, deviceToken?: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const [row] = (await this.db.query(SIGN_IN_SQL, [normalized])) as (UserRow & { password_hash: string | null })[];
    const user = row ? signedInUser(row) : null;
    const device = user ? this.devices.deviceOf(deviceToken, user.id) : null;
    const attempt = await this.limiter.begin(normalized, address, device);
    if (!(await verifyPassword(row?.password_hash ?? null, password)) || !user) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, { message: 'auth.invalidCredentials' });
    }
    await this.limiter.succeeded(attempt);
    // The person's own expired sessions go as they come back; the sweeper takes everyone else's.
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('user_id = :id AND expires_at <= now()', { id: user.id })
      .execute();
    const session = await this.openSession(user);
    return { ...session, deviceToken: this.devices.issue(user.id) };
  }

  /** The viewer behind a session token, or null for an unknown or expired one. */
  async authenticate(token: string): Promise<Viewer | null> {
    const [row] = (await this.db.query(SESSION_VIEWER_SQL, [this.hashToken(token)])) as (UserRow & {
      session_id: string;
      session_created_at: Date;
      last_seen_at: Date;
    })[];
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > SESSION_TOUCH_INTERVAL_MS) {
      // Sliding expiry, written at most hourly so reads stay read-only; never past the absolute end.
      const endsAt = new Date(row.session_created_at.getTime() + this.config.sessionMaxHours * HOUR_MS);
      await this.sessions.update(row.session_id, { lastSeenAt: new Date(), expiresAt: this.nextExpiry(endsAt) });
    }
    return { user: signedInUser(row), sessionId: row.session_id };
  }

  /**
   * A new session, idle-expiring and with its absolute end: at sign-in, and for someone who has just
   * proved who they are another way (the device that changed its password).
   */
  async openSession(user: SignedInUser): Promise<Omit<SignedIn, 'deviceToken'>> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const endsAt = new Date(now + this.config.sessionMaxHours * HOUR_MS);
    const expiresAt = this.nextExpiry(endsAt);
    const session = await this.sessions.save(
      this.sessions.create({ tokenHash: this.hashToken(token), userId: user.id, expiresAt, lastSeenAt: new Date(now) }),
    );
    return { user, sessionId: session.id, token, expiresAt, endsAt };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }

  /** Idle expiry from now, capped at the session's absolute end. */
  private nextExpiry(endsAt: Date): Date {
    return new Date(Math.min(Date.now() + this.config.sessionTtlHours * HOUR_MS, endsAt.getTime()));
  }

  /** Tokens are stored only as a keyed hash: a copy of the table opens no session. */
  private hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }
}
