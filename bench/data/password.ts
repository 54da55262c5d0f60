import { type Algorithm, hash } from '@node-rs/argon2';

/** Every generated person signs in with this password (benchmark data only). */
export const BENCH_PASSWORD = 'elinvoima-bench';

/** Hashed as the app hashes passwords (argon2id), once for everyone. */
export function benchPasswordHash(): Promise<string> {
  return hash(BENCH_PASSWORD, { algorithm: 2 as Algorithm });
}
