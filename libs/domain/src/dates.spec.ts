import { formatDate, formatDateTime, formatTime } from './dates.js';
import { Locale } from './locale.js';

describe('Finnish date formatting', () => {
  it('shows a meeting time as users expect: ke 24.10.2018 klo 14.00 in Helsinki time', () => {
    // 14.00 in Helsinki in October 2018 is 11.00 UTC (summer time, UTC+3).
    expect(formatDateTime('2018-10-24T11:00:00Z')).toBe('ke 24.10.2018 klo 14.00');
  });

  it('follows winter time: ti 11.12.2018 klo 14.00 is 12.00 UTC', () => {
    expect(formatDateTime(new Date('2018-12-11T12:00:00Z'))).toBe('ti 11.12.2018 klo 14.00');
  });

  it('formats in English when asked', () => {
    expect(formatDateTime('2018-10-24T11:00:00Z', Locale.EN)).toBe('Wed 24.10.2018 at 14.00');
  });

  it('uses the Helsinki date, not the UTC date, near midnight', () => {
    expect(formatDate('2018-09-18T22:30:00Z')).toBe('ke 19.9.2018');
    expect(formatTime('2018-09-18T22:30:00Z')).toBe('1.30');
  });
});
