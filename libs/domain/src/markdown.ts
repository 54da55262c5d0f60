/**
 * Markdown descriptions may use Markdown, not active HTML: a script, an embed, an inline event
 * handler or a javascript: link is refused when saved (and stripped again when rendered).
 */
const UNSAFE = [
  /<\s*\/?\s*(script|iframe|object|embed|style|form|input|button|link|meta|base|svg|math)\b/i,
  /\bon[a-z]+\s*=/i,
  /\]\(\s*(javascript|vbscript|data):/i,
  /<[^>]*\b(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
];

export function hasUnsafeMarkup(markdown: string): boolean {
  return UNSAFE.some((pattern) => pattern.test(markdown));
}
