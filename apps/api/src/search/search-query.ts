/** The longest search text accepted, in characters. */
export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Words beyond this are ignored: more would only narrow the hits and cost the planner. */
export const SEARCH_MAX_WORDS = 8;

/**
 * Splits what a user typed into search words: runs of letters (including å, ä, ö) and digits,
 * lower-cased. Everything else, including tsquery operators such as `'):*!&|`, separates words.
 */
export function searchWords(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, SEARCH_MAX_WORDS);
}

/**
 * A tsquery source where every word is a quoted prefix (`'asum':*`), AND-ed. Words hold only
 * letters and digits, so the quoting cannot be broken out of.
 */
export function prefixTsquery(words: readonly string[]): string {
  return words.map((word) => `'${word}':*`).join(' & ');
}

const MARK_START = '\u0001';
const MARK_END = '\u0002';

/** The markers `ts_headline` is told to put around matches; removed from the text beforehand. */
export const HEADLINE_MARKERS = { start: MARK_START, end: MARK_END } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes the whole headline as text, then turns the markers into `<mark>` elements. */
export function headlineToHtml(headline: string): string {
  return escapeHtml(headline)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}
