import {
  formatDate,
  formatDateInput,
  formatDateTime,
  formatPeriod,
  formatTime,
  isIsoDate,
  isoDate,
  parseClockInput,
  parseDateInput,
} from './dates.js';
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

describe('dates typed into a form', () => {
  it('reads the Finnish order with or without leading zeros', () => {
    expect(parseDateInput('1.2.2027')).toBe('2027-02-01');
    expect(parseDateInput('01.02.2027')).toBe('2027-02-01');
    expect(parseDateInput(' 24.10.2018 ')).toBe('2018-10-24');
  });

  it('forgives other separators, a two-digit year and the ISO form', () => {
    expect(parseDateInput('1/2/2027')).toBe('2027-02-01');
    expect(parseDateInput('1-2-2027')).toBe('2027-02-01');
    expect(parseDateInput('1,2,2027')).toBe('2027-02-01');
    expect(parseDateInput('1. 2. 2027')).toBe('2027-02-01');
    expect(parseDateInput('1.2.27')).toBe('2027-02-01');
    expect(parseDateInput('2027-02-01')).toBe('2027-02-01');
  });

  it('reads the day first, never the American month first', () => {
    expect(parseDateInput('12/1/2019')).toBe('2019-01-12');
    expect(parseDateInput('1/13/2019')).toBeNull();
  });

  it('refuses what is no date', () => {
    for (const text of ['', 'huomenna', '31.2.2027', '29.2.2027', '0.1.2027', '1.2.', '1.2.202', '2027-13-01']) {
      expect([text, parseDateInput(text)]).toEqual([text, null]);
    }
    expect(parseDateInput('29.2.2028')).toBe('2028-02-29');
  });

  it('shows a date the way it is typed, and knows the form the API takes', () => {
    expect(formatDateInput('2027-02-01')).toBe('1.2.2027');
    expect(formatDateInput(parseDateInput('01.02.2027')!)).toBe('1.2.2027');
    expect(isIsoDate('2027-02-01')).toBe(true);
    expect(isIsoDate('2027-2-1')).toBe(false);
    expect(isIsoDate('1.2.2027')).toBe(false);
    expect(isIsoDate('2027-02-30')).toBe(false);
  });

  it('reads clock times on the 24-hour clock, written 14.00', () => {
    expect(parseClockInput('14.00')).toBe('14.00');
    expect(parseClockInput('14:00')).toBe('14.00');
    expect(parseClockInput('09.30')).toBe('9.30');
    expect(parseClockInput('9')).toBe('9.00');
    expect(parseClockInput('23,59')).toBe('23.59');
    for (const text of ['24.00', '2 pm', '14.60', '9.5', ''])
      expect([text, parseClockInput(text)]).toEqual([text, null]);
  });
});
