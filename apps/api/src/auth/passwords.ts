import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm is an ambient const enum (not importable as a value): 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Checked when the email is unknown, so that a wrong email costs as long as a wrong password.
const DUMMY_HASH = hash('not-a-real-password', OPTIONS);

let checks = 0;

/** How many passwords this process has checked: what the sign-in limit exists to bound. */
export function passwordChecks(): number {
  return checks;
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  checks += 1;
  if (!passwordHash) {
    await verify(await DUMMY_HASH, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
