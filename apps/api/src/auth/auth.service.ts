import { ErrorCode } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { verifyPassword } from './passwords.js';
import { SessionEntity } from './session.entity.js';
import type { Viewer } from './viewer.js';

/** Failed sign-ins allowed per window before further tries are refused. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the password and opens a session. The error never tells whether the email exists. */
  async login(email: string, password: string, address: string): Promise<Viewer & { token: string; expiresAt: Date }> {
    const normalized = email.trim().toLowerCase();
    await this.refuseWhenRateLimited(normalized, address);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: normalized })
      .getOne();
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
      await this.attempts.insert({ email: normalized, address });
      throw new DomainError(ErrorCode.UNAUTHENTICATED, { message: 'auth.invalidCredentials' });
    }
    await this.attempts
      .createQueryBuilder()
      .delete()
      .where(`email = :email OR created_at < now() - interval '1 day'`, { email: normalized })
      .execute();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.nextExpiry();
    const session = await this.sessions.save(
      this.sessions.create({ tokenHash: this.hashToken(token), userId: user.id, expiresAt, lastSeenAt: new Date() }),
    );
    delete (user as Partial<UserEntity>).passwordHash;
    return { user, sessionId: session.id, token, expiresAt };
  }

  /** The viewer behind a session token, or null for an unknown or expired one. */
  async authenticate(token: string): Promise<Viewer | null> {
    const session = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', UserEntity, 'u', 'u.id = s.userId')
      .where('s.tokenHash = :hash AND s.expiresAt > now()', { hash: this.hashToken(token) })
      .getOne();
    if (!session) return null;
    if (Date.now() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
      // Sliding expiry, written at most hourly so reads stay read-only.
      await this.sessions.update(session.id, { lastSeenAt: new Date(), expiresAt: this.nextExpiry() });
    }
    return { user: (session as SessionEntity & { user: UserEntity }).user, sessionId: session.id };
  }

  /** A fresh session for someone who has just proved who they are another way: the device that changed its password. */
  async openSession(user: UserEntity): Promise<Viewer & { token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.nextExpiry();
    const session = await this.sessions.save(
      this.sessions.create({ tokenHash: this.hashToken(token), userId: user.id, expiresAt, lastSeenAt: new Date() }),
    );
    return { user, sessionId: session.id, token, expiresAt };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }

  get sessionTtlMs(): number {
    return this.config.sessionTtlHours * 60 * 60 * 1000;
  }

  private nextExpiry(): Date {
    return new Date(Date.now() + this.sessionTtlMs);
  }

  /** Tokens are stored only as a keyed hash: a copy of the table opens no session. */
  private hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }

  private async refuseWhenRateLimited(email: string, address: string): Promise<void> {
    const [counts] = (await this.attempts.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS account, count(*) FILTER (WHERE address = $2)::int AS address
         FROM login_attempt
        WHERE (email = $1 OR address = $2) AND created_at > now() - make_interval(mins => $3)`,
      [email, address, LOGIN_LIMITS.windowMinutes],
    )) as { account: number; address: number }[];
    if (counts.account >= LOGIN_LIMITS.perAccount || counts.address >= LOGIN_LIMITS.perAddress) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, {
        message: 'auth.tooManyAttempts',
        params: { minutes: LOGIN_LIMITS.windowMinutes },
      });
    }
  }
}
