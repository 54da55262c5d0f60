import { registerEnumType } from '@nestjs/graphql';

/** Why the mail server did not take a message, in terms a secretary can act on. */
export enum DeliveryFailure {
  /** The server could not be reached at all: wrong address, or it is down. */
  UNREACHABLE = 'UNREACHABLE',
  /** The server was reached but did not answer in time. */
  TIMEOUT = 'TIMEOUT',
  /** The server refused the user name or password of `SMTP_URL`. */
  LOGIN_REFUSED = 'LOGIN_REFUSED',
  /** A secure connection could not be set up (certificate, TLS). */
  SECURE_CONNECTION = 'SECURE_CONNECTION',
  /** The server refused the recipient's address. */
  RECIPIENT_REFUSED = 'RECIPIENT_REFUSED',
  /** The server refused the message for another reason; its own words tell more. */
  OTHER = 'OTHER',
}

registerEnumType(DeliveryFailure, { name: 'DeliveryFailure' });

/** Tried in order: the first whose pattern is in the stored reason names the failure. */
const PATTERNS: [DeliveryFailure, RegExp][] = [
  [DeliveryFailure.LOGIN_REFUSED, /invalid login|authentication|EAUTH|\b53[45]\b/i],
  [DeliveryFailure.SECURE_CONNECTION, /certificate|\bTLS\b|\bSSL\b|self[- ]signed/i],
  [DeliveryFailure.TIMEOUT, /timeout|timed out|ETIMEDOUT|greeting never received/i],
  [DeliveryFailure.UNREACHABLE, /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE/],
  [DeliveryFailure.RECIPIENT_REFUSED, /recipients? (were |was )?rejected|\b55[0-3]\b|mailbox|no such user/i],
];

/**
 * Reads the mail server's (or the network's) own words, as stored from nodemailer's error, into
 * a kind of failure the outbox page can explain in plain language; null when nothing failed.
 */
export function deliveryFailureOf(reason: string | null): DeliveryFailure | null {
  if (!reason) return null;
  return PATTERNS.find(([, pattern]) => pattern.test(reason))?.[0] ?? DeliveryFailure.OTHER;
}
