import { formatIsoDate } from './dates.js';

describe('dates', () => {
  it('writes a calendar date without leading zeros', () => {
    expect(formatIsoDate('2018-09-01')).toBe('1.9.2018');
  });
});
