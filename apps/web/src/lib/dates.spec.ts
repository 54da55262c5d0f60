import { helsinkiDate } from './dates.js';

describe('dates', () => {
  it('reads an instant as a Helsinki calendar date', () => {
    expect(helsinkiDate('2018-11-21T12:00:00Z')).toBe('2018-11-21');
    // Late evening in UTC is already the next day in Helsinki, in summer an hour earlier.
    expect(helsinkiDate('2018-11-21T22:30:00Z')).toBe('2018-11-22');
    expect(helsinkiDate('2018-06-20T21:30:00Z')).toBe('2018-06-21');
  });
});
