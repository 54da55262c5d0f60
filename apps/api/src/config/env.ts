import { resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Unset means: start an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  /** Idle expiry: a session unused this long ends. */
  sessionTtlHours: number;
  /** Absolute expiry: a session ends this long after sign-in however much it is used. */
  sessionMaxHours: number;
  /** Cookies carry `Secure` and the `__Host-` prefix; on by default in production. */
  secureCookies: boolean;
  /** Load demo people and groups into an empty database. */
  seedDemo: boolean;
  logLevel: string;
  /** Built web client to serve at `/`; absent in tests. */
  webDistDir: string | undefined;
  /** Where the generated GraphQL schema is written (development only). */
  schemaFile: string | undefined;
  /**
   * How many proxies in front of the app add to `X-Forwarded-For` (0: none). The client address
   * is the right-most entry these did not add; anything further left is the client's own claim.
   */
  trustProxy: number;
  /** Where people reach the web client; links in mail and calendar feeds start with it. No trailing slash. */
  publicUrl: string;
  /** `smtp://user:pass@host:587` or `smtps://…`; unset means no mail is sent and messages are held in the outbox. */
  smtpUrl: string | undefined;
  /** Sender of invitations, e.g. `Elinvoima <noreply@kunta.fi>`; also the calendar ORGANIZER. */
  mailFrom: string;
  /** Where accessibility feedback goes, named in the accessibility statement. */
  accessibilityFeedbackEmail: string;
}

export class ConfigError extends Error {}

const DEV_SESSION_SECRET = 'elinvoima-development-secret-not-for-production';

function bool(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${value}")`);
  return fallback;
}

function int(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
    return fallback;
  }
  return n;
}

const MAX_PROXY_HOPS = 10;

/** `true` is one proxy (a load balancer), `false` none; a number counts them. */
function proxyHops(value: string | undefined, problems: string[]): number {
  if (value === undefined || value === '') return 0;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'yes') return 1;
  if (v === 'false' || v === 'no') return 0;
  if (/^\d{1,2}$/.test(v) && Number(v) <= MAX_PROXY_HOPS) return Number(v);
  problems.push(
    `TRUST_PROXY must be the number of proxies in front of the app, 0 to ${MAX_PROXY_HOPS}, or true (one) or false (none) (got "${value}")`,
  );
  return 0;
}

function isLocalhost(url: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

function publicUrlOf(value: string, problems: string[]): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString().replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push(`PUBLIC_URL must be an http:// or https:// URL (got "${value}")`);
  return value;
}

function validSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function mailHostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

/** Reads and validates the environment once at start; a wrong value stops the app with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${env.NODE_ENV}")`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const sessionSecret = env.SESSION_SECRET || (nodeEnv === 'production' ? '' : DEV_SESSION_SECRET);
  if (sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be set to at least 32 characters in production');
  }
  const config: AppConfig = {
    nodeEnv,
    port: int('PORT', env.PORT, 3000, 1, 65535, problems),
    databaseUrl,
    dataDir: resolve(repoRoot, env.DATA_DIR || '.data'),
    sessionSecret,
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 24 * 14, 1, 24 * 365, problems),
    sessionMaxHours: int('SESSION_MAX_HOURS', env.SESSION_MAX_HOURS, 24 * 30, 1, 24 * 365, problems),
    secureCookies: bool('COOKIE_SECURE', env.COOKIE_SECURE, nodeEnv === 'production', problems),
    seedDemo: bool('SEED_DEMO', env.SEED_DEMO, !databaseUrl, problems),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    webDistDir: resolve(repoRoot, 'apps/web/dist'),
    schemaFile: nodeEnv === 'production' ? undefined : resolve(repoRoot, 'apps/api/schema.gql'),
    trustProxy: proxyHops(env.TRUST_PROXY, problems),
    publicUrl: '',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: '',
    accessibilityFeedbackEmail: '',
  };
  config.publicUrl = publicUrlOf(env.PUBLIC_URL || `http://localhost:${config.port}`, problems);
  if (config.smtpUrl && !validSmtpUrl(config.smtpUrl)) {
    problems.push(
      'SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@mail.example.fi:587',
    );
  }
  // Turning Secure off is for plain HTTP; with people reaching the app over HTTPS it only weakens the cookie.
  if (/^(false|0|no)$/i.test(env.COOKIE_SECURE ?? '') && config.publicUrl.startsWith('https://')) {
    problems.push('COOKIE_SECURE=false is only for a test over plain HTTP, but PUBLIC_URL is https://');
  }
  config.mailFrom = env.MAIL_FROM || `Elinvoima <noreply@${mailHostOf(config.publicUrl)}>`;
  if (!/^([^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(config.mailFrom.trim())) {
    problems.push(`MAIL_FROM must be an address, e.g. "Elinvoima <noreply@kunta.fi>" (got "${config.mailFrom}")`);
  }
  config.accessibilityFeedbackEmail =
    env.ACCESSIBILITY_FEEDBACK_EMAIL?.trim() || `saavutettavuus@${mailHostOf(config.publicUrl)}`;
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(config.accessibilityFeedbackEmail)) {
    problems.push(
      `ACCESSIBILITY_FEEDBACK_EMAIL must be an address, e.g. saavutettavuus@kunta.fi (got "${config.accessibilityFeedbackEmail}")`,
    );
  }
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${config.logLevel}")`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid environment variables:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/** Settings that work but that an operator should hear about at every start. */
export function configWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  if (config.nodeEnv !== 'production') return warnings;
  if (!config.secureCookies) {
    warnings.push(
      'COOKIE_SECURE=false: session cookies are sent over plain HTTP too. Use this only for a local test, never for real people.',
    );
  } else if (config.publicUrl.startsWith('http://') && !isLocalhost(config.publicUrl)) {
    warnings.push(
      `PUBLIC_URL ${config.publicUrl} is plain HTTP: browsers will not keep the Secure session cookie there, so nobody can sign in. Serve the app over HTTPS (or set COOKIE_SECURE=false for a local test only).`,
    );
  }
  return warnings;
}
