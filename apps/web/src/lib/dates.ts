/** `24.10.2018` from `2018-10-24`, the way Finnish dates are written. */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
}
