import { deflateRawSync } from 'node:zlib';
import { detectType, MEDIA_TYPES } from './detect-type.js';
import { contentDisposition, sanitizeFileName } from '../http/file-name.js';

/** A minimal zip archive; `mimetype` is stored, the rest deflated, as office suites write them. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const stored = name === 'mimetype';
    const data = stored ? Buffer.from(text) : deflateRawSync(Buffer.from(text));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(text.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function compoundFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from('Root Entry', 'utf16le'),
    Buffer.alloc(8),
    Buffer.from(streamName, 'utf16le'),
    Buffer.alloc(64),
  ]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types/>';

describe('file type detection from the bytes', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n…'), MEDIA_TYPES.pdf],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), MEDIA_TYPES.png],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), MEDIA_TYPES.jpeg],
    ['GIF', Buffer.from('GIF89a\x01\x00'), MEDIA_TYPES.gif],
    ['WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 '), MEDIA_TYPES.webp],
    ['docx', zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' }), MEDIA_TYPES.docx],
    ['xlsx', zip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' }), MEDIA_TYPES.xlsx],
    ['pptx', zip({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': '<p/>' }), MEDIA_TYPES.pptx],
    ['odt', zip({ mimetype: MEDIA_TYPES.odt, 'content.xml': '<office:document-content/>' }), MEDIA_TYPES.odt],
    ['ods', zip({ mimetype: MEDIA_TYPES.ods, 'content.xml': '<x/>' }), MEDIA_TYPES.ods],
    ['odp', zip({ mimetype: MEDIA_TYPES.odp, 'content.xml': '<x/>' }), MEDIA_TYPES.odp],
    ['doc', compoundFile('WordDocument'), MEDIA_TYPES.doc],
    ['xls', compoundFile('Workbook'), MEDIA_TYPES.xls],
    ['ppt', compoundFile('PowerPoint Document'), MEDIA_TYPES.ppt],
  ])('recognises %s', (_name, bytes, mediaType) => {
    expect(detectType(bytes)?.mediaType).toBe(mediaType);
  });

  it.each([
    ['plain text', Buffer.from('Tämä ei ole PDF vaikka nimi väittää.')],
    ['a Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['a plain zip', zip({ 'readme.txt': 'hei' })],
    [
      'a macro-enabled Word document',
      zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<d/>', 'word/vbaProject.bin': 'x' }),
    ],
    [
      'an OpenDocument type not on the list',
      zip({ mimetype: 'application/vnd.oasis.opendocument.graphics', 'content.xml': '<x/>' }),
    ],
    ['a compound file that is not an office document (e.g. an installer)', compoundFile('SummaryInformation')],
    ['a truncated zip', zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<d/>' }).subarray(0, 40)],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, bytes) => {
    expect(detectType(bytes)).toBeNull();
  });
});

describe('attachment file names', () => {
  const pdf = detectType(Buffer.from('%PDF-1.4'))!;
  const png = detectType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))!;

  it('keeps a good name, with its Finnish letters', () => {
    expect(sanitizeFileName('Asumisen selvitys 2018 – Vesanto.pdf', pdf)).toBe('Asumisen selvitys 2018 – Vesanto.pdf');
  });

  it('drops folders, control and direction characters and characters Windows forbids', () => {
    expect(sanitizeFileName('C:\\temp\\..\\raportti.pdf', pdf)).toBe('raportti.pdf');
    expect(sanitizeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(sanitizeFileName('lasku\u202Efdp.exe', pdf)).toBe('laskufdp.exe.pdf');
    expect(sanitizeFileName('a<b>:"c"|?*.pdf', pdf)).toBe('a_b___c____.pdf');
    expect(sanitizeFileName('  ...  ', pdf)).toBe('liite.pdf');
    expect(sanitizeFileName(undefined, pdf)).toBe('liite.pdf');
  });

  it('gives the name the extension of the detected type', () => {
    expect(sanitizeFileName('kuva.pdf', png)).toBe('kuva.pdf.png');
    expect(sanitizeFileName('KUVA.PNG', png)).toBe('KUVA.PNG');
  });

  it('shortens long names to 255 characters, keeping the extension', () => {
    const name = sanitizeFileName(`${'ä'.repeat(300)}.pdf`, pdf);
    expect(name).toHaveLength(255);
    expect(name.endsWith('ä.pdf')).toBe(true);
    const emoji = sanitizeFileName(`${'🙂'.repeat(200)}.pdf`, pdf);
    expect(emoji.length).toBeLessThanOrEqual(255);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('offers the name for download in RFC 5987 form with an ASCII fallback', () => {
    expect(contentDisposition('Pöytäkirja (luonnos) "1".pdf')).toBe(
      `attachment; filename="Poytakirja (luonnos) _1_.pdf"; filename*=UTF-8''P%C3%B6yt%C3%A4kirja%20%28luonnos%29%20%221%22.pdf`,
    );
  });
});
