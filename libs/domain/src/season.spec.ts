import { helsinkiTime, overlaps, proposeSeasonDates, ruleDates } from './season.js';

const autumn2018 = { from: '2018-10-01', to: '2018-12-31' };

describe('season planning', () => {
  it('finds the fourth Wednesday of each month', () => {
    expect(ruleDates({ type: 'NTH_WEEKDAY_OF_MONTH', weekday: 3, nth: 4 }, autumn2018)).toEqual([
      '2018-10-24',
      '2018-11-28',
      '2018-12-26',
    ]);
  });

  it('steps every fourth week from the first matching weekday', () => {
    expect(
      ruleDates({ type: 'EVERY_N_WEEKS', weekday: 3, interval: 4 }, { from: '2018-10-22', to: '2018-12-31' }),
    ).toEqual(['2018-10-24', '2018-11-21', '2018-12-19']);
  });

  it("recreates the seed's autumn from explicit dates", () => {
    expect(
      ruleDates({ type: 'DATES', dates: ['2018-12-11', '2018-10-24', '2018-11-21', '2019-01-09'] }, autumn2018),
    ).toEqual(['2018-10-24', '2018-11-21', '2018-12-11']);
  });

  it('marks public holidays as skipped, with the reason', () => {
    const holidays: Record<string, string> = { '2018-12-06': 'itsenäisyyspäivä' };
    const proposed = proposeSeasonDates(
      { type: 'EVERY_N_WEEKS', weekday: 4, interval: 1 },
      { from: '2018-11-29', to: '2018-12-13' },
      (d) => holidays[d] ?? null,
    );
    expect(proposed).toEqual([
      { date: '2018-11-29' },
      { date: '2018-12-06', skippedBecause: 'itsenäisyyspäivä' },
      { date: '2018-12-13' },
    ]);
  });

  it('takes the last weekday of a month when asked', () => {
    expect(
      ruleDates({ type: 'NTH_WEEKDAY_OF_MONTH', weekday: 2, nth: -1 }, { from: '2018-12-01', to: '2018-12-31' }),
    ).toEqual(['2018-12-25']);
  });

  it('turns Helsinki wall-clock times into instants across daylight saving', () => {
    expect(helsinkiTime('2018-10-24', '14.00').toISOString()).toBe('2018-10-24T11:00:00.000Z');
    expect(helsinkiTime('2018-12-11', '14:00').toISOString()).toBe('2018-12-11T12:00:00.000Z');
  });

  it('sees overlaps but not meetings that merely touch', () => {
    const a = { startsAt: new Date('2018-10-24T11:00:00Z'), endsAt: new Date('2018-10-24T13:00:00Z') };
    expect(overlaps(a, { startsAt: new Date('2018-10-24T12:00:00Z'), endsAt: new Date('2018-10-24T14:00:00Z') })).toBe(
      true,
    );
    expect(overlaps(a, { startsAt: new Date('2018-10-24T13:00:00Z'), endsAt: new Date('2018-10-24T14:00:00Z') })).toBe(
      false,
    );
  });
});
