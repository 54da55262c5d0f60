import { parseFinnishDates } from './parse-dates.js';

describe('typing season dates', () => {
  it('reads the seed autumn written the Finnish way', () => {
    expect(parseFinnishDates('24.10.2018\n21.11.2018, 11.12.2018')).toEqual({
      valid: ['2018-10-24', '2018-11-21', '2018-12-11'],
      invalid: [],
    });
  });

  it('points out what is not a date', () => {
    expect(parseFinnishDates('31.2.2018\nhuomenna\n1.1.2019')).toEqual({
      valid: ['2019-01-01'],
      invalid: ['31.2.2018', 'huomenna'],
    });
  });
});
