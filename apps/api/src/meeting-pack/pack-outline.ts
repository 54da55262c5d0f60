import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFPage, type PDFRef } from 'pdf-lib';

/** One bookmark: where it leads (a page, and how far down from its top) and the bookmarks under it. */
export interface OutlineEntry {
  title: string;
  page: PDFPage;
  /** Distance from the page's top in points; the page's top when not given. */
  top?: number;
  children?: OutlineEntry[];
}

/**
 * Writes the document's bookmarks (its /Outlines tree, PDF 1.7 § 12.3.3), open, and asks viewers
 * to show them. pdf-lib has no outline API: the dictionaries are made with its low-level objects.
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (!entries.length) return;
  const { context } = doc;
  const root = context.nextRef();
  const visible = addLevel(doc, root, entries);
  context.assign(
    root,
    context.obj({ Type: 'Outlines', First: visible.first, Last: visible.last, Count: PDFNumber.of(visible.count) }),
  );
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Adds one level under `parent`; returns its first and last items and how many open items it holds in all. */
function addLevel(
  doc: PDFDocument,
  parent: PDFRef,
  entries: readonly OutlineEntry[],
): { first: PDFRef; last: PDFRef; count: number } {
  const { context } = doc;
  const refs = entries.map(() => context.nextRef());
  let count = entries.length;
  entries.forEach((entry, i) => {
    const { height } = entry.page.getSize();
    const top = entry.top === undefined ? height : height - entry.top;
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
      Dest: [entry.page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(top)), PDFNull],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), refs[i + 1]);
    if (entry.children?.length) {
      const children = addLevel(doc, refs[i], entry.children);
      item.set(PDFName.of('First'), children.first);
      item.set(PDFName.of('Last'), children.last);
      item.set(PDFName.of('Count'), PDFNumber.of(children.count));
      count += children.count;
    }
    context.assign(refs[i], item);
  });
  return { first: refs[0], last: refs[refs.length - 1], count };
}
