import { clampDate, dateAfterKey, shiftDate } from './date-keys.js';

describe('moving about a date picker with keys', () => {
  it('moves a day with the side arrows and a week with up and down, across months', () => {
    expect(dateAfterKey('2018-10-31', 'ArrowRight')).toBe('2018-11-01');
    expect(dateAfterKey('2018-11-01', 'ArrowLeft')).toBe('2018-10-31');
    expect(dateAfterKey('2018-11-28', 'ArrowDown')).toBe('2018-12-05');
    expect(dateAfterKey('2018-11-01', 'ArrowUp')).toBe('2018-10-25');
  });

  it('moves a month with Page Up and Page Down, and a year with Shift', () => {
    expect(dateAfterKey('2018-11-28', 'PageDown')).toBe('2018-12-28');
    expect(dateAfterKey('2019-03-31', 'PageUp')).toBe('2019-02-28');
    expect(dateAfterKey('2018-11-28', 'PageUp', true)).toBe('2017-11-28');
    expect(dateAfterKey('2020-02-29', 'PageDown', true)).toBe('2021-02-28');
  });

  it('goes to Monday with Home and Sunday with End, as Finnish weeks run', () => {
    // 28.11.2018 is a Wednesday.
    expect(dateAfterKey('2018-11-28', 'Home')).toBe('2018-11-26');
    expect(dateAfterKey('2018-11-28', 'End')).toBe('2018-12-02');
    expect(dateAfterKey('2018-12-02', 'Home')).toBe('2018-11-26');
  });

  it('leaves other keys alone', () => {
    expect(dateAfterKey('2018-11-28', 'Enter')).toBeNull();
    expect(dateAfterKey('2018-11-28', 'a')).toBeNull();
  });

  it('keeps within the allowed years, and shifts by whole months', () => {
    expect(clampDate('1999-12-31', '2000-01-01', '2100-12-31')).toBe('2000-01-01');
    expect(clampDate('2101-01-01', '2000-01-01', '2100-12-31')).toBe('2100-12-31');
    expect(clampDate('2018-11-28')).toBe('2018-11-28');
    expect(shiftDate('2018-01-31', 1)).toBe('2018-02-28');
  });
});
