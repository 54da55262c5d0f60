import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFParse } from 'pdf-parse';

/** The text of each page as a parser reads it, whitespace collapsed so wrapped lines still match. */
export async function pagesOf(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text.replace(/\s+/g, ' ').trim());
  } finally {
    await parser.destroy();
  }
}

/** A bookmark as PDF.js reads it: its title, the 1-based page it opens, and those under it. */
export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** The document's bookmarks and page count, read by PDF.js (getOutline), independent of what wrote them. */
export async function outlineOf(pdf: Buffer): Promise<{ pages: number; bookmarks: Bookmark[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    type Node = { title: string; dest: unknown; items: Node[] };
    const read = async (nodes: Node[]): Promise<Bookmark[]> =>
      Promise.all(
        nodes.map(async (node) => {
          const dest = (typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest) as [
            { num: number; gen: number },
          ];
          return {
            title: node.title,
            page: (await doc.getPageIndex(dest[0])) + 1,
            children: await read(node.items),
          };
        }),
      );
    return { pages: doc.numPages, bookmarks: await read(((await doc.getOutline()) ?? []) as Node[]) };
  } finally {
    await doc.destroy();
  }
}

/** A PDF of `pages` pages, each saying `<label> sivu <n>`, made by a writer other than the pack's; encrypted when given a password. */
export function samplePdf(label: string, pages: number, userPassword?: string): Promise<Buffer<ArrayBuffer>> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, ...(userPassword ? { userPassword } : {}) });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer<ArrayBuffer>>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (let page = 1; page <= pages; page++) doc.addPage().fontSize(20).text(`${label} sivu ${page}`, 72, 72);
  doc.end();
  return done;
}
