import { marked, type Token, type Tokens } from 'marked';

/** A piece of text with the emphasis its Markdown gave it. */
export interface TextRun {
  text: string;
  strong?: boolean;
  em?: boolean;
  code?: boolean;
}

/** One block of readable text: a paragraph, a heading, a list item (with its marker), a quote or code. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'item' | 'quote' | 'code';
  runs: TextRun[];
  /** Nesting of lists and quotes, 0 at the top. */
  depth: number;
  /** `•` or `2.` for list items. */
  marker?: string;
}

type Style = Pick<TextRun, 'strong' | 'em' | 'code'>;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
};

/** Marked leaves entities as typed; a reader expects `&amp;` to show as `&`. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const stripTags = (html: string) => decodeEntities(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''));

function inline(tokens: Token[] | undefined, style: Style = {}): TextRun[] {
  const runs: TextRun[] = [];
  const push = (text: string, extra: Style = {}) => {
    if (text) runs.push({ text, ...style, ...extra });
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inline((token as Tokens.Strong).tokens, { ...style, strong: true }));
        break;
      case 'em':
        runs.push(...inline((token as Tokens.Em).tokens, { ...style, em: true }));
        break;
      case 'del':
        runs.push(...inline((token as Tokens.Del).tokens, style));
        break;
      case 'codespan':
        push(decodeEntities((token as Tokens.Codespan).text), { code: true });
        break;
      case 'br':
        push('\n');
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const label = inline(link.tokens, style);
        runs.push(...label);
        const href = link.href.replace(/^mailto:/i, '');
        // On paper the address is all a reader has; autolinks already show it.
        if (label.map((r) => r.text).join('') !== href) push(` (${href})`);
        break;
      }
      case 'image':
        push((token as Tokens.Image).text);
        break;
      case 'html':
        push(stripTags((token as Tokens.HTML).text));
        break;
      case 'escape':
        push((token as Tokens.Escape).text);
        break;
      default:
        if ('tokens' in token && token.tokens?.length) runs.push(...inline(token.tokens, style));
        else push(decodeEntities((token as { text?: string }).text ?? ''));
    }
  }
  return runs;
}

function blocks(tokens: Token[], depth: number): TextBlock[] {
  const out: TextBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push({ kind: 'heading', runs: inline((token as Tokens.Heading).tokens), depth });
        break;
      case 'paragraph':
      case 'text':
        out.push({
          kind: 'paragraph',
          runs: 'tokens' in token && token.tokens ? inline(token.tokens) : [{ text: decodeEntities(token.text) }],
          depth,
        });
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((item, i) => {
          const [first, ...rest] = blocks(item.tokens, depth + 1);
          const marker = list.ordered ? `${start + i}.` : item.task ? (item.checked ? '☑' : '☐') : '•';
          out.push({ kind: 'item', runs: first && first.kind !== 'item' ? first.runs : [], depth, marker });
          out.push(...(first && first.kind === 'item' ? [first, ...rest] : rest));
        });
        break;
      }
      case 'blockquote':
        out.push(
          ...blocks((token as Tokens.Blockquote).tokens, depth + 1).map((b) =>
            b.kind === 'paragraph' ? { ...b, kind: 'quote' as const } : b,
          ),
        );
        break;
      case 'code':
        out.push({ kind: 'code', runs: [{ text: token.text, code: true }], depth });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) =>
          cells
            .map((c) =>
              inline(c.tokens)
                .map((r) => r.text)
                .join(''),
            )
            .join(' | ');
        for (const cells of [table.header, ...table.rows])
          out.push({ kind: 'paragraph', runs: [{ text: row(cells) }], depth });
        break;
      }
      case 'html': {
        const text = stripTags(token.text).trim();
        if (text) out.push({ kind: 'paragraph', runs: [{ text }], depth });
        break;
      }
      default:
        // space, hr and anything unknown carry no text of their own.
        break;
    }
  }
  return out
    .filter((b) => b.kind === 'item' || b.runs.some((r) => r.text.trim()))
    .map((b) => ({ ...b, runs: merged(b.runs) }));
}

/** Neighbouring runs of the same style become one. */
function merged(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.strong === !!run.strong && !!last.em === !!run.em && !!last.code === !!run.code)
      out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/**
 * Markdown as plain, readable text for print: no Markdown symbols and no HTML survive, link
 * addresses are written out, list items keep their bullets or numbers.
 */
export function markdownToBlocks(markdown: string | null | undefined): TextBlock[] {
  if (!markdown?.trim()) return [];
  return blocks(marked.lexer(markdown, { gfm: true, breaks: true }), 0);
}

/** The same as one string, a line per block, nested items indented. */
export function markdownToText(markdown: string | null | undefined): string {
  return markdownToBlocks(markdown)
    .map((b) => `${'  '.repeat(b.depth)}${b.marker ? `${b.marker} ` : ''}${b.runs.map((r) => r.text).join('')}`)
    .join('\n');
}
