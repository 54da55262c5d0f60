/**
 * Recognises the file types an agenda may carry from their bytes, never from the name or
 * the type a client claims: PDF, PNG, JPEG, GIF, WebP, Office Open XML and OpenDocument
 * files (zip archives with the parts those formats require) and legacy Office files (OLE
 * compound files with a Word, Excel or PowerPoint stream). Anything else is `null`.
 */

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
} as const;

export type FileKind = keyof typeof MEDIA_TYPES;

export interface DetectedType {
  kind: FileKind;
  mediaType: string;
  /** The usual file name extensions, the first preferred. */
  extensions: readonly string[];
}

const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  odp: ['odp'],
  doc: ['doc'],
  xls: ['xls'],
  ppt: ['ppt'],
};

function typeOf(kind: FileKind): DetectedType {
  return { kind, mediaType: MEDIA_TYPES[kind], extensions: EXTENSIONS[kind] };
}

function startsWith(bytes: Buffer, signature: readonly number[] | string, at = 0): boolean {
  const sig = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return bytes.length >= at + sig.length && bytes.subarray(at, at + sig.length).equals(sig);
}

export function detectType(bytes: Buffer): DetectedType | null {
  if (startsWith(bytes, '%PDF-')) return typeOf('pdf');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return typeOf('png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return typeOf('jpeg');
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return typeOf('gif');
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return typeOf('webp');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const kind = zipKind(bytes);
    return kind ? typeOf(kind) : null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const kind = compoundFileKind(bytes);
    return kind ? typeOf(kind) : null;
  }
  return null;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const MAX_ZIP_ENTRIES = 20_000;

/** The entries of a zip archive from its central directory, or null when it is not readable. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  // The end-of-central-directory record is within the last 22 + 65535 (comment) bytes.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count > MAX_ZIP_ENTRIES) return null;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored (uncompressed) content of a small zip entry. */
function storedContent(bytes: Buffer, entry: ZipEntry, maxLength: number): string | null {
  const at = entry.localHeaderOffset;
  if (entry.method !== 0 || entry.compressedSize > maxLength || at + 30 > bytes.length) return null;
  if (bytes.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.toString('latin1', start, start + entry.compressedSize);
}

const ODF_KINDS: Record<string, FileKind> = {
  [MEDIA_TYPES.odt]: 'odt',
  [MEDIA_TYPES.ods]: 'ods',
  [MEDIA_TYPES.odp]: 'odp',
};

function zipKind(bytes: Buffer): FileKind | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  // OpenDocument: a stored `mimetype` entry naming the document type.
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const declared = storedContent(bytes, mimetype, 100);
    return declared && names.has('content.xml') ? (ODF_KINDS[declared.trim()] ?? null) : null;
  }
  if (!names.has('[Content_Types].xml')) return null;
  // Macro-enabled documents (vbaProject.bin) are not accepted as agenda attachments.
  if ([...names].some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return null;
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  return null;
}

function utf16(name: string): Buffer {
  return Buffer.from(name, 'utf16le');
}

/**
 * A legacy Office file is an OLE compound file whose directory names its main stream. The
 * directory entries hold the names in UTF-16; other compound files (e.g. installers) have none
 * of these and are refused.
 */
function compoundFileKind(bytes: Buffer): FileKind | null {
  if (bytes.includes(utf16('WordDocument'))) return 'doc';
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book\u0000'))) return 'xls';
  if (bytes.includes(utf16('PowerPoint Document'))) return 'ppt';
  return null;
}
