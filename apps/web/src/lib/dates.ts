/** `24.10.2018` from `2018-10-24`, the way Finnish dates are written. */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

const TIME_ZONE = 'Europe/Helsinki';
const dateInHelsinki = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Helsinki calendar date of an instant, `YYYY-MM-DD`. */
export function helsinkiDate(instant: string | Date): string {
  return dateInHelsinki.format(new Date(instant));
}
