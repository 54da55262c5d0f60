/** Dates typed the Finnish way (24.10.2018, one per line or separated by commas) as YYYY-MM-DD. */
export function parseFinnishDates(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(part);
    const iso = match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : '';
    const date = new Date(`${iso}T12:00:00Z`);
    if (match && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)) valid.push(iso);
    else invalid.push(part);
  }
  return { valid, invalid };
}
