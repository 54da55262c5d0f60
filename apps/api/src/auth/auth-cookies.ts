import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { logger } from '../common/logger.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type AppConfig, configWarnings } from '../config/env.js';

const SESSION_COOKIE = 'elinvoima_session';
const DEVICE_COOKIE = 'elinvoima_device';
/** A device stays known this long after its last sign-in. */
const DEVICE_COOKIE_DAYS = 365;

/**
 * The session and known-device cookies. When Secure (always in production unless turned off for
 * a test over plain HTTP) their names carry `__Host-`: browsers then accept them only from a
 * secure origin, for path `/` and without Domain, so a neighbouring subdomain cannot plant one.
 */
@Injectable()
export class AuthCookies implements OnApplicationBootstrap {
  readonly sessionName: string;
  readonly deviceName: string;
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secure = config.secureCookies;
    const prefix = this.secure ? '__Host-' : '';
    this.sessionName = `${prefix}${SESSION_COOKIE}`;
    this.deviceName = `${prefix}${DEVICE_COOKIE}`;
  }

  onApplicationBootstrap(): void {
    for (const warning of configWarnings(this.config)) logger.warn(warning);
  }

  /**
   * The session token from `Authorization: Bearer` (non-browser clients) or the cookie. Only the
   * cookie of the configured name counts: with `__Host-` on, an unprefixed one may be planted.
   */
  sessionToken(req: Request): string | undefined {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
    return this.cookie(req, this.sessionName);
  }

  /** The browser keeps the session cookie until the session's absolute end; the API ends it sooner when idle. */
  setSession(res: Response, token: string, endsAt: Date): void {
    res.cookie(this.sessionName, token, { ...this.options('lax'), expires: endsAt });
  }

  clearSession(res: Response): void {
    res.clearCookie(this.sessionName, this.options('lax'));
  }

  deviceToken(req: Request): string | undefined {
    return this.cookie(req, this.deviceName);
  }

  /** Only the sign-in itself reads it, always from this site: SameSite=Strict. */
  setDevice(res: Response, value: string): void {
    res.cookie(this.deviceName, value, { ...this.options('strict'), maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 * 1000 });
  }

  private options(sameSite: 'lax' | 'strict'): CookieOptions {
    return { httpOnly: true, sameSite, secure: this.secure, path: '/' };
  }

  private cookie(req: Request, name: string): string | undefined {
    return (req.cookies as Record<string, string> | undefined)?.[name] || undefined;
  }
}
