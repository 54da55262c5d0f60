import { LIMITS } from './limits.js';
import { passwordLength, passwordLengthProblem } from './passwords.js';

describe('password length', () => {
  it('asks for at least 12 characters and allows up to 128, of any kind', () => {
    expect(LIMITS.passwordMin).toBe(12);
    expect(passwordLengthProblem('kesä-ilta-22')).toBeNull();
    expect(passwordLengthProblem('lyhyt-sana1')).toBe('tooShort');
    expect(passwordLengthProblem('x'.repeat(64))).toBeNull();
    expect(passwordLengthProblem('x'.repeat(128))).toBeNull();
    expect(passwordLengthProblem('x'.repeat(129))).toBe('tooLong');
  });

  it('counts characters, not bytes, and a run of spaces as one', () => {
    expect(passwordLength('ääkköset')).toBe(8);
    expect(passwordLength('🦊🦊🦊')).toBe(3);
    expect(passwordLength('a          b')).toBe(3);
    expect(passwordLengthProblem('kuusi       sanaa')).toBe('tooShort');
  });
});
