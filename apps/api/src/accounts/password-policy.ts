import { passwordLengthProblem, LIMITS } from '@elinvoima/domain';
import type { MessageKey } from '../i18n/fi.js';
import type { MessageParams } from '../i18n/translate.js';
import { COMMON_PASSWORDS, CONTEXT_WORDS } from './common-passwords.js';

export interface PasswordOwner {
  email: string;
  name: string;
}

export interface PasswordProblem {
  message: MessageKey;
  params?: MessageParams;
}

/** Digits, spaces and punctuation added at the ends of a word ("Salasana2024!") do not make it rare. */
function core(password: string): string {
  return password
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu, '');
}

/** Letters and digits that are left once this service's words are taken out: "elinvoima-demo" leaves "demo". */
function beyondContextWords(lower: string): number {
  const rest = CONTEXT_WORDS.reduce((text, word) => text.replaceAll(word, ''), lower);
  return rest === lower ? Infinity : [...rest.replace(/[^\p{L}\p{N}]/gu, '')].length;
}

/** "abcabcabcabc", "aaaaaaaaaaaa", "121212121212": one short piece repeated. */
function isRepetition(password: string): boolean {
  return /^(.{1,4})\1+$/su.test(password);
}

/** Counting up or down: "abcdefghijklm", "123456789012" and "98765432109876" (digits wrap round). */
function isSequence(password: string): boolean {
  if (/^\d+$/.test(password)) {
    const rounds = Math.ceil(password.length / 10) + 1;
    return '1234567890'.repeat(rounds).includes(password) || '9876543210'.repeat(rounds).includes(password);
  }
  const codes = [...password].map((c) => c.codePointAt(0)!);
  const step = codes[1] - codes[0];
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1] === step);
}

/**
 * Why a new password is refused, or null when it is fine. Only length and guessability count:
 * no rules about upper case, digits or symbols (ASVS 2.1.9), and any character is allowed.
 */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  const length = passwordLengthProblem(password);
  if (length === 'tooLong') return { message: 'password.tooLong', params: { max: LIMITS.passwordMax } };
  if (length === 'tooShort') return { message: 'password.tooShort', params: { min: LIMITS.passwordMin } };
  const lower = password.normalize('NFC').toLowerCase();
  const email = owner.email.toLowerCase();
  const personal = [email, email.split('@')[0], owner.name.toLowerCase(), owner.name.toLowerCase().replace(/\s+/g, '')];
  if (personal.includes(lower) || personal.includes(core(password))) return { message: 'password.personal' };
  const guessable =
    COMMON_PASSWORDS.has(lower) ||
    COMMON_PASSWORDS.has(core(password)) ||
    isRepetition(lower) ||
    isSequence(lower) ||
    beyondContextWords(lower) < 8;
  return guessable ? { message: 'password.common' } : null;
}
