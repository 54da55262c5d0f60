import { Locale } from '@elinvoima/domain';
import { gridRange, monthGrid, monthLabel, parseMonth, shiftMonth, weekdayLabels } from './month-grid.js';

describe('the month grid', () => {
  it('starts each week on Monday: November 2018 begins on a Thursday, after three days of October', () => {
    const weeks = monthGrid('2018-11');
    expect(weeks).toHaveLength(5);
    expect(weeks[0].days.map((d) => d.date)).toEqual([
      '2018-10-29',
      '2018-10-30',
      '2018-10-31',
      '2018-11-01',
      '2018-11-02',
      '2018-11-03',
      '2018-11-04',
    ]);
    expect(weeks[0].days.map((d) => d.inMonth)).toEqual([false, false, false, true, true, true, true]);
    expect(weeks[4].days[6]).toEqual({ date: '2018-12-02', dayOfMonth: 2, inMonth: false });
    // The housing theme meeting of 21.11.2018 is on the Wednesday of week 47.
    expect(weeks[3]).toMatchObject({ number: 47 });
    expect(weeks[3].days[2].date).toBe('2018-11-21');
  });

  it('spans six weeks when a long month starts on a Sunday', () => {
    const weeks = monthGrid('2019-12');
    expect(weeks).toHaveLength(6);
    expect(weeks[0].days[6]).toEqual({ date: '2019-12-01', dayOfMonth: 1, inMonth: true });
    expect(weeks[5].days[1]).toEqual({ date: '2019-12-31', dayOfMonth: 31, inMonth: true });
  });

  it('fits a February that starts on a Monday into exactly four weeks', () => {
    const weeks = monthGrid('2021-02');
    expect(weeks).toHaveLength(4);
    expect(weeks.flatMap((w) => w.days).every((d) => d.inMonth)).toBe(true);
  });

  it('numbers weeks as ISO 8601 does across the turn of the year', () => {
    const weeks = monthGrid('2018-12');
    expect(weeks.map((w) => w.number)).toEqual([48, 49, 50, 51, 52, 1]);
    expect(monthGrid('2021-01')[0].number).toBe(53);
  });

  it('keeps whole days across the change to summer time', () => {
    const days = monthGrid('2019-03').flatMap((w) => w.days.map((d) => d.date));
    expect(days).toContain('2019-03-31');
    expect(new Set(days).size).toBe(days.length);
  });

  it('covers the whole grid when fetching meetings', () => {
    expect(gridRange(monthGrid('2018-11'))).toEqual({ firstDay: '2018-10-29', dayAfter: '2018-12-03' });
  });

  it('moves between months across years', () => {
    expect(shiftMonth('2018-12', 1)).toBe('2019-01');
    expect(shiftMonth('2019-01', -1)).toBe('2018-12');
    expect(shiftMonth('2018-01', -13)).toBe('2016-12');
  });

  it('accepts only real months from the address', () => {
    expect(parseMonth('2018-11')).toBe('2018-11');
    for (const bad of ['2018-13', '2018-00', '18-11', '2018-1', '1999-12', 'marraskuu', '', null])
      expect(parseMonth(bad)).toBeNull();
  });

  it('names the month and the weekdays, Monday first, in Finnish and in English', () => {
    expect(monthLabel('2018-11', Locale.FI)).toBe('marraskuu 2018');
    expect(monthLabel('2018-11', Locale.EN)).toBe('November 2018');
    expect(weekdayLabels(Locale.FI)[0]).toEqual({ short: 'ma', full: 'maanantai' });
    expect(weekdayLabels(Locale.FI)[6]).toEqual({ short: 'su', full: 'sunnuntai' });
    expect(weekdayLabels(Locale.EN).map((d) => d.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});
