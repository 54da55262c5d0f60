import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A known device (OWASP's "device cookies"): set at a successful sign-in, it names the account and
 * a random device id, signed with a key derived from SESSION_SECRET. Presented again for the same
 * account, it lets that device's sign-ins be counted on their own, apart from the account's lockout.
 * It grants nothing else: the password is still checked.
 */
export class DeviceCookies {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    // A key of its own, so no other value signed or hashed with the secret passes as a device.
    this.key = createHmac('sha256', sessionSecret).update('elinvoima known device').digest();
  }

  /** A new device cookie value for the account: `userId.deviceId.signature`. */
  issue(userId: string): string {
    const deviceId = randomBytes(16).toString('base64url');
    return `${userId}.${deviceId}.${this.sign(userId, deviceId)}`;
  }

  /** The device id when `value` is a genuine device cookie for this account, else null. */
  deviceOf(value: string | undefined, userId: string): string | null {
    const [owner, deviceId, signature, ...rest] = (value ?? '').split('.');
    if (rest.length > 0 || owner !== userId || !deviceId || !signature) return null;
    const expected = Buffer.from(this.sign(owner, deviceId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
  }

  private sign(userId: string, deviceId: string): string {
    return createHmac('sha256', this.key).update(`${userId}.${deviceId}`).digest('base64url');
  }
}
