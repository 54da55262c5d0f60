import { LIMITS } from './limits.js';

/**
 * How long a password counts as: characters rather than UTF-16 units, with a run of spaces as
 * one (ASVS 2.1.1), so that "a          b" is not twelve characters of secret.
 */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC').replace(/ {2,}/g, ' ')].length;
}

/** The rule a client can check before asking: long enough and not too long. Nothing about which characters. */
export function passwordLengthProblem(password: string): 'tooShort' | 'tooLong' | null {
  if ([...password].length > LIMITS.passwordMax) return 'tooLong';
  if (passwordLength(password) < LIMITS.passwordMin) return 'tooShort';
  return null;
}
