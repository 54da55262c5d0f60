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
