import { formatDate, formatDateTime, formatPeriod, formatTime, isoDate } from './dates.js';
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

  it('shows a meeting as ke 21.11.2018 klo 14.00–16.00, with both dates when it runs past midnight', () => {
    expect(formatPeriod('2018-11-21T12:00:00Z', '2018-11-21T14:00:00Z')).toBe('ke 21.11.2018 klo 14.00–16.00');
    expect(formatPeriod('2018-11-21T12:00:00Z', '2018-11-21T14:00:00Z', Locale.EN)).toBe(
      'Wed 21.11.2018 at 14.00–16.00',
    );
    expect(formatPeriod('2018-11-21T20:00:00Z', '2018-11-21T22:30:00Z')).toBe(
      'ke 21.11.2018 klo 22.00 – to 22.11.2018 klo 0.30',
    );
  });

  it('gives the Helsinki date for file names', () => {
    expect(isoDate('2018-11-20T22:30:00Z')).toBe('2018-11-21');
  });
});
