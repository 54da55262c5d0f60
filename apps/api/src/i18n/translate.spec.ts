import { Locale } from '@elinvoima/domain';
import { en } from './en.js';
import { fi } from './fi.js';
import { translate } from './translate.js';

describe('API messages', () => {
  it('have an English text for every Finnish one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fi).sort());
  });

  it('fill in placeholders in the asked language', () => {
    expect(translate('validation.maxLength', { 0: 200 }, Locale.FI)).toBe('Enintään 200 merkkiä.');
    expect(translate('auth.tooManyAttempts', { minutes: 15 }, Locale.EN)).toBe(
      'Too many failed sign-ins. Try again in 15 minutes.',
    );
  });
});
