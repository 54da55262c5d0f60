export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/**
 * The API's snippet is escaped text with matches in `<mark>…</mark>`. It is split into plain
 * and marked parts to be rendered as text, so nothing in it can ever become markup.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    if (match.index > at) parts.push({ text: unescape(snippet.slice(at, match.index)), marked: false });
    if (match[1]) parts.push({ text: unescape(match[1]), marked: true });
    at = match.index + match[0].length;
  }
  if (at < snippet.length) parts.push({ text: unescape(snippet.slice(at)), marked: false });
  return parts;
}
