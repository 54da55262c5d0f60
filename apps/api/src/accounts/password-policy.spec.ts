import { passwordProblem } from './password-policy.js';

const OWNER = { email: 'mikko.uusitalo@vesanto.example', name: 'Mikko Uusitalo' };
const problemOf = (password: string) => passwordProblem(password, OWNER)?.message ?? null;

describe('the rules for a new password', () => {
  it('accepts a long password of any characters, with no rules about their kinds', () => {
    expect(problemOf('kesäilta järven rannalla')).toBeNull();
    expect(problemOf('alllowercaseletters')).toBeNull();
    expect(problemOf('🦊 ketun reviiri 🦊')).toBeNull();
    expect(problemOf('   spaces count too   ')).toBeNull();
    expect(problemOf('🦊🌲🏠🚲🌧️☕🎻🧭🍓🐟🛶🌙')).toBeNull();
  });

  it('refuses one shorter than 12 characters or longer than 128', () => {
    expect(passwordProblem('lyhyt-sana1', OWNER)).toEqual({ message: 'password.tooShort', params: { min: 12 } });
    expect(passwordProblem('x'.repeat(129), OWNER)).toEqual({ message: 'password.tooLong', params: { max: 128 } });
  });

  it('refuses passwords from the list of common ones, also with digits or marks around them', () => {
    expect(problemOf('qwertyuiop123')).toBe('password.common');
    expect(problemOf('123456789012')).toBe('password.common');
    expect(problemOf('PasswordPassword')).toBe('password.common');
    expect(problemOf('Salasana2024!!')).toBe('password.common');
    expect(problemOf('elinvoima-2018')).toBe('password.common');
    expect(problemOf('!!Hyvinvointi1')).toBe('password.common');
  });

  it("refuses one made of this service's words with little else", () => {
    expect(problemOf('elinvoima-demo')).toBe('password.common');
    expect(problemOf('Vesanto2024!!')).toBe('password.common');
    expect(problemOf('salasanasalasana')).toBe('password.common');
    expect(problemOf('elinvoimaryhmä kokoontuu torstaina')).toBeNull();
  });

  it('refuses a repeated piece or a plain sequence', () => {
    expect(problemOf('aaaaaaaaaaaaaa')).toBe('password.common');
    expect(problemOf('abcabcabcabc')).toBe('password.common');
    expect(problemOf('abcdefghijklmn')).toBe('password.common');
    expect(problemOf('98765432109876')).toBe('password.common');
  });

  it("refuses the person's own email address or name", () => {
    expect(problemOf('mikko.uusitalo@vesanto.example')).toBe('password.personal');
    expect(problemOf('Mikko.Uusitalo')).toBe('password.personal');
    expect(problemOf('mikkouusitalo1234')).toBe('password.personal');
  });
});
