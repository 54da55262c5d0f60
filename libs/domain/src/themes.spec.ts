import { Locale } from './locale.js';
import { themeName } from './themes.js';

describe('theme names', () => {
  it('names a theme in the reader’s language', () => {
    const housing = { nameFi: 'asuminen', nameEn: 'housing' };
    expect(themeName(housing, Locale.FI)).toBe('asuminen');
    expect(themeName(housing, Locale.EN)).toBe('housing');
  });
});
