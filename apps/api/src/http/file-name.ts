export const FILE_NAME_MAX_LENGTH = 255;

/**
 * A file name safe to store and to offer for download: no folders, no control or bidirectional
 * formatting characters, none of the characters Windows forbids, at most 255 characters, and an
 * extension that matches the file's detected type (its first one added when the given one does not).
 */
export function sanitizeFileName(given: string | undefined, type: { extensions: readonly string[] }): string {
  const base = (given ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!type.extensions.includes(extension)) name = `${name || 'liite'}.${type.extensions[0]}`;
  if (name.length > FILE_NAME_MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const suffix = name.slice(dot);
    // Cut the stem, not the extension, and never half of a surrogate pair.
    const stem = name.slice(0, FILE_NAME_MAX_LENGTH - suffix.length).replace(/[\uD800-\uDBFF]$/, '');
    name = stem.trimEnd() + suffix;
  }
  return name;
}

/** `Content-Disposition` for a download, with an ASCII fallback and the exact name per RFC 5987/6266. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
