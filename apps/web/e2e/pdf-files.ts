import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A valid PDF of `pages` pages, each saying `<label> sivu <n>`, as a secretary's attachment would be. */
export function samplePdf(label: string, pages: number): Buffer {
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + 2 * i);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (let page = 1; page <= pages; page++) {
    const text = `BT /F1 24 Tf 72 700 Td (${label} sivu ${page}) Tj ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * (page - 1)} 0 R >>`,
      `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    );
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** What PDF.js reads from a downloaded PDF: its pages' text (whitespace collapsed) and its bookmarks. */
export async function readPdf(data: Buffer): Promise<{ pages: string[]; bookmarks: Bookmark[] }> {
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('');
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    type Node = { title: string; dest: unknown; items: Node[] };
    const read = async (nodes: Node[]): Promise<Bookmark[]> =>
      Promise.all(
        nodes.map(async (node) => {
          const dest = (typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest) as [
            { num: number; gen: number },
          ];
          return { title: node.title, page: (await doc.getPageIndex(dest[0])) + 1, children: await read(node.items) };
        }),
      );
    return { pages, bookmarks: await read(((await doc.getOutline()) ?? []) as Node[]) };
  } finally {
    await doc.destroy();
  }
}
