import { parseDateInput } from '@elinvoima/domain';

/** Dates typed the Finnish way (24.10.2018, one per line or separated by commas) as YYYY-MM-DD. */
export function parseFinnishDates(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const date = parseDateInput(part);
    if (date) valid.push(date);
    else invalid.push(part);
  }
  return { valid, invalid };
}
