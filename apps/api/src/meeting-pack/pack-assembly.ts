import { PDFDocument, type PDFPage, StandardFonts } from 'pdf-lib';
import type { RenderedAgenda } from '../agendas/agenda-pdf.js';
import { type OutlineEntry, writeOutline } from './pack-outline.js';
import { stampPage, type StampPlace } from './page-stamp.js';

/** A PDF attachment to bind into the pack, with its bytes. */
export interface PackAttachment {
  id: string;
  fileName: string;
  content: Buffer;
}

export interface PackItem {
  /** `§ 2 Future Savo -hankkeen esittely` */
  heading: string;
  /** Its PDF attachments, in the order the agenda lists them. */
  attachments: PackAttachment[];
}

export interface PackPlan {
  title: string;
  author: string;
  language: string;
  items: PackItem[];
  /**
   * Draws the agenda, numbering its pages over the pack, once it is known which attachments could
   * not be bound in and how many pages the others bring.
   */
  renderAgenda: (unreadable: ReadonlySet<string>, pagesAfter: number) => Promise<RenderedAgenda>;
  /** Bookmark and page number labels in the reader's language. */
  labels: {
    agenda: string;
    attachment: (fileName: string) => string;
    page: (page: number, pages: number) => string;
  };
}

export interface AssembledPack {
  content: Buffer;
  pageCount: number;
  /** Attachments listed as links only, their PDF being encrypted or unreadable. */
  unreadable: string[];
}

/** Attachments run to their own margins: the number goes in the corner, on a light backing. */
const ATTACHMENT_STAMP: StampPlace = { right: 14, bottom: 12, fontSize: 8, backed: true };

/**
 * The meeting pack: the agenda, then every readable PDF attachment in item order, with a
 * bookmark for the agenda, each item and each attachment, and every page numbered over the pack.
 */
export async function assemblePack(plan: PackPlan): Promise<AssembledPack> {
  const pack = await PDFDocument.create();
  const unreadable = new Set<string>();
  const copied = new Map<string, PDFPage[]>();
  for (const item of plan.items) {
    for (const attachment of item.attachments) {
      const pages = await copyAll(pack, attachment.content);
      if (pages) copied.set(attachment.id, pages);
      else unreadable.add(attachment.id);
    }
  }

  const attachmentPages = [...copied.values()].reduce((sum, pages) => sum + pages.length, 0);
  const agenda = await plan.renderAgenda(unreadable, attachmentPages);
  const agendaPages = await copyAll(pack, agenda.content);
  if (!agendaPages) throw new Error('the rendered agenda could not be read back');
  for (const page of agendaPages) pack.addPage(page);

  const outline: OutlineEntry[] = [{ title: plan.labels.agenda, page: agendaPages[0] }];
  plan.items.forEach((item, i) => {
    const anchor = agenda.anchors[i];
    const children: OutlineEntry[] = [];
    for (const attachment of item.attachments) {
      const pages = copied.get(attachment.id);
      if (!pages) continue;
      for (const page of pages) pack.addPage(page);
      children.push({ title: plan.labels.attachment(attachment.fileName), page: pages[0] });
    }
    outline.push({ title: item.heading, page: agendaPages[anchor.page], top: anchor.top, children });
  });
  writeOutline(pack, outline);

  // The agenda's pages carry their numbers already; the attachments' are stamped on.
  const font = await pack.embedFont(StandardFonts.Helvetica);
  const pages = pack.getPages();
  for (let i = agendaPages.length; i < pages.length; i++) {
    stampPage(pages[i], plan.labels.page(i + 1, pages.length), font, ATTACHMENT_STAMP);
  }

  pack.setTitle(plan.title, { showInWindowTitleBar: true });
  pack.setAuthor(plan.author);
  pack.setLanguage(plan.language);
  pack.setCreator('Elinvoima');
  const bytes = await pack.save();
  return { content: Buffer.from(bytes), pageCount: pages.length, unreadable: [...unreadable] };
}

/**
 * Every page of a PDF, copied into the pack but not yet placed; null for a file that is encrypted,
 * damaged or empty: one such attachment must not spoil the whole pack.
 */
async function copyAll(pack: PDFDocument, content: Buffer): Promise<PDFPage[] | null> {
  try {
    const source = await PDFDocument.load(content, { updateMetadata: false, throwOnInvalidObject: true });
    if (source.isEncrypted || source.getPageCount() === 0) return null;
    return await pack.copyPages(source, source.getPageIndices());
  } catch {
    return null;
  }
}
