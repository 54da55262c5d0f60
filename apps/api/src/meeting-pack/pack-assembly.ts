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
  /** Draws the agenda once it is known which attachments could not be bound in. */
  renderAgenda: (unreadable: ReadonlySet<string>) => Promise<RenderedAgenda>;
  /** Bookmark and page labels in the reader's language. */
  labels: {
    agenda: string;
    attachment: (fileName: string) => string;
    page: (page: number, pages: number) => string;
  };
  /** Where the agenda's own footer leaves room for the page number. */
  agendaFooter: { fromBottom: number; right: number; fontSize: number };
}

export interface AssembledPack {
  content: Buffer;
  pageCount: number;
  /** Attachments listed as links only, their PDF being encrypted or unreadable. */
  unreadable: string[];
}

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

  const agenda = await plan.renderAgenda(unreadable);
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

  const font = await pack.embedFont(StandardFonts.Helvetica);
  const pages = pack.getPages();
  const agendaStamp: StampPlace = {
    right: plan.agendaFooter.right,
    // pdfkit places the footer's top there; the baseline sits a font size lower.
    bottom: plan.agendaFooter.fromBottom - plan.agendaFooter.fontSize,
    fontSize: plan.agendaFooter.fontSize,
    backed: false,
  };
  pages.forEach((page, i) => {
    const place = i < agendaPages.length ? agendaStamp : ATTACHMENT_STAMP;
    stampPage(page, plan.labels.page(i + 1, pages.length), font, place);
  });

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
