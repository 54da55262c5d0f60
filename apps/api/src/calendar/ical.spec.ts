import { escapeText, foldLine, helsinkiLocal } from './ical.js';

describe('iCalendar text', () => {
  it('folds long lines at 75 octets without splitting a Finnish letter', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('escapes the characters that have a meaning in TEXT values', () => {
    expect(escapeText('Asuminen; vuokra, omistus\\muu\nrivi')).toBe('Asuminen\\; vuokra\\, omistus\\\\muu\\nrivi');
  });

  it('writes local Helsinki time on both sides of the summer time change', () => {
    expect(helsinkiLocal(new Date('2018-10-24T11:00:00Z'))).toBe('20181024T140000');
    expect(helsinkiLocal(new Date('2018-11-21T12:00:00Z'))).toBe('20181121T140000');
  });
});
