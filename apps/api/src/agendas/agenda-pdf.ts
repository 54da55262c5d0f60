import {
  type AgendaAttachmentSource,
  type AgendaContent,
  type AgendaContentItem,
  type AgendaItemSource,
  AgendaItemKind,
  Locale,
} from '@elinvoima/domain';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { markdownToBlocks, type TextBlock, type TextRun } from '../common/markdown-text.js';
import type { MessageKey } from '../i18n/fi.js';
import { translate, type MessageParams } from '../i18n/translate.js';

/** An item as the PDF draws it: the shared content plus its Markdown description. */
export interface PdfItemSource extends AgendaItemSource {
  /** Markdown */
  description: string;
}

/** How one attachment is listed: a link back to the app, and why it is only a link when that needs saying. */
export interface AttachmentListing {
  href: string;
  note?: string;
}

/** What an esityslista shows, already checked for the viewer and loaded. */
export interface PrintableAgenda {
  locale: Locale;
  group: { name: string; organization: string | null };
  content: AgendaContent<PdfItemSource>;
  /** Where each listed attachment can be fetched. */
  listing: (attachment: AgendaAttachmentSource) => AttachmentListing;
}

/** Where each item's heading landed, for bookmarks: a page index and a distance from the page's top. */
export interface ItemAnchor {
  page: number;
  top: number;
}

export interface RenderedAgenda {
  content: Buffer;
  pageCount: number;
  anchors: ItemAnchor[];
}

type Doc = PDFKit.PDFDocument;
/** A run that may have its own colour, like the changed marker. */
type Run = TextRun & { color?: string; link?: string };
type Struct = PDFKit.PDFStructureElement;

// DejaVu covers Finnish, Swedish and Sámi letters, §, dashes and arrows; the standard PDF fonts stop at WinAnsi.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;
let fonts: Record<FontName, Buffer> | undefined;
function fontData(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [
      name,
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
    ]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

const PAGE = { size: 'A4', margins: { top: 56, bottom: 64, left: 64, right: 56 } } as const;
const COLOR = { text: '#1a1a1a', muted: '#4d4d4d', rule: '#9a9a9a', notice: '#f2f2f2', changed: '#8f1d1d' };
const SIZE = { body: 10.5, small: 9, meta: 9.5, item: 12.5, title: 17, heading: 13 };
/** The `§ 12` column; item text starts after it. */
const NUMBER_COLUMN = 38;
const LIST_INDENT = 16;

function fontOf(run: TextRun): FontName {
  if (run.code) return 'mono';
  if (run.strong && run.em) return 'boldItalic';
  return run.strong ? 'bold' : run.em ? 'italic' : 'regular';
}

/** Lays out one agenda; pages are numbered once the whole document is known. */
class AgendaWriter {
  private readonly left = PAGE.margins.left;
  private readonly width: number;
  private readonly root: Struct;

  constructor(
    private readonly doc: Doc,
    private readonly agenda: PrintableAgenda,
  ) {
    this.width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  private t(key: MessageKey, params?: MessageParams): string {
    return translate(key, params, this.agenda.locale);
  }

  private get bottom(): number {
    return this.doc.page.height - PAGE.margins.bottom;
  }

  /** Starts a new page unless `height` still fits, so a heading is not left alone at the foot of a page. */
  private keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Adds a tagged element whose content `draw` writes, for screen readers and reflow. */
  private tag(parent: Struct, type: string, draw: () => void): void {
    parent.add(this.doc.struct(type, {}, draw));
  }

  /** Writes runs of one paragraph, switching fonts for emphasis. */
  private runs(runs: Run[], x: number, width: number, size: number, color = COLOR.text, lead: Run[] = []): void {
    const all = [...lead, ...runs].filter((r) => r.text);
    if (!all.length) return;
    const y = this.doc.y;
    all.forEach((run, i) => {
      this.doc
        .font(fontOf(run))
        .fontSize(size)
        .fillColor(run.color ?? color);
      const options = {
        width,
        lineGap: 2,
        continued: i < all.length - 1,
        link: run.link ?? null,
        underline: Boolean(run.link),
      };
      if (i === 0) this.doc.text(run.text, x, y, options);
      else this.doc.text(run.text, options);
    });
  }

  /** Where each item's heading starts, in item order. */
  readonly anchors: ItemAnchor[] = [];

  write(): void {
    this.header();
    if (this.agenda.content.items.length === 0) {
      this.tag(this.root, 'P', () =>
        this.runs([{ text: this.t('agendaPdf.empty') }], this.left, this.width, SIZE.body),
      );
    }
    const list = this.doc.struct('Sect');
    this.root.add(list);
    for (const item of this.agenda.content.items) this.item(list, item);
    list.end();
    this.root.end();
  }

  private header(): void {
    const { doc, agenda } = this;
    const { content } = agenda;
    const top = doc.y;
    // The body on the left, the kind of document and its date on the right, as on municipal documents.
    const right = this.width * 0.4;
    this.tag(this.root, 'P', () => {
      doc
        .font('bold')
        .fontSize(SIZE.heading)
        .fillColor(COLOR.text)
        .text(agenda.group.name, this.left, top, { width: this.width - right - 12 });
      if (agenda.group.organization)
        doc.font('regular').fontSize(SIZE.body).fillColor(COLOR.muted).text(agenda.group.organization);
    });
    const leftBottom = doc.y;
    this.tag(this.root, 'P', () => {
      const heading = this.t('agendaPdf.heading') + (content.draft ? ` – ${this.t('agendaPdf.draft')}` : '');
      doc
        .font('bold')
        .fontSize(SIZE.heading)
        .fillColor(COLOR.text)
        .text(heading, this.left + this.width - right, top, { width: right, align: 'right' });
      doc
        .font('regular')
        .fontSize(SIZE.body)
        .fillColor(COLOR.muted)
        .text(content.date, { width: right, align: 'right' });
    });
    doc.y = Math.max(leftBottom, doc.y) + 10;
    this.rule();
    doc.moveDown(0.8);

    this.tag(this.root, 'H1', () =>
      this.runs([{ text: content.title, strong: true }], this.left, this.width, SIZE.title),
    );
    doc.moveDown(0.6);

    const facts = content.facts.map((fact) => [this.t(`agendaPdf.${fact.kind}`), fact.text, fact.href] as const);
    doc.font('bold').fontSize(SIZE.body);
    const labelWidth = Math.max(...facts.map(([label]) => doc.widthOfString(label))) + 16;
    for (const [label, value, link] of facts) {
      this.tag(this.root, 'P', () => {
        const y = doc.y;
        doc
          .font('bold')
          .fontSize(SIZE.body)
          .fillColor(COLOR.muted)
          .text(label, this.left, y, { width: labelWidth, lineBreak: false });
        doc
          .font('regular')
          .fillColor(COLOR.text)
          .text(value, this.left + labelWidth, y, {
            width: this.width - labelWidth,
            lineGap: 2,
            ...(link ? { link, underline: true } : {}),
          });
      });
      doc.moveDown(0.15);
    }

    if (content.cancelReason !== null) {
      this.notice(
        this.t('agendaPdf.cancelled') +
          (content.cancelReason ? ` ${this.t('agendaPdf.cancelReason', { reason: content.cancelReason })}` : ''),
      );
    } else if (content.changedAt) {
      this.notice(this.t('agendaPdf.changedNotice', { when: content.changedAt }));
    }
    doc.moveDown(0.8);
    this.rule();
    doc.moveDown(1);
  }

  private notice(text: string): void {
    const { doc } = this;
    doc.moveDown(0.6);
    const pad = 8;
    doc.font('bold').fontSize(SIZE.body);
    const height = doc.heightOfString(text, { width: this.width - 2 * pad - 4, lineGap: 2 }) + 2 * pad;
    this.keep(height);
    const y = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(this.left, y, this.width, height).fill(COLOR.notice);
    doc.rect(this.left, y, 4, height).fill(COLOR.text);
    doc.endMarkedContent();
    this.tag(this.root, 'P', () =>
      doc
        .fillColor(COLOR.text)
        .text(text, this.left + 4 + pad, y + pad, { width: this.width - 2 * pad - 4, lineGap: 2 }),
    );
    doc.y = y + height;
  }

  private rule(): void {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .moveTo(this.left, doc.y)
      .lineTo(this.left + this.width, doc.y)
      .lineWidth(0.6)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.endMarkedContent();
  }

  private item(parent: Struct, item: AgendaContentItem<PdfItemSource>): void {
    const { doc } = this;
    const x = this.left + NUMBER_COLUMN;
    const width = this.width - NUMBER_COLUMN;
    this.keep(90);
    const section = doc.struct('Sect');
    parent.add(section);

    const y = doc.y;
    const range = doc.bufferedPageRange();
    this.anchors.push({ page: range.start + range.count - 1, top: y });
    this.tag(section, 'H2', () => {
      doc
        .font('bold')
        .fontSize(SIZE.item)
        .fillColor(COLOR.text)
        .text(item.number, this.left, y, { width: NUMBER_COLUMN, lineBreak: false });
      doc.text(item.title, x, y, { width, lineGap: 2 });
    });
    doc.moveDown(0.2);

    const meta: Run[] = [{ text: `${this.t('agendaPdf.plannedStart', { time: item.plannedStart })} · ` }];
    if (item.plannedMinutes != null)
      meta.push({ text: `${this.t('agendaPdf.minutes', { minutes: item.plannedMinutes })} · ` });
    meta.push({ text: this.t(`agendaPdf.kind.${item.kind}`) });
    if (item.changed)
      meta.push({ text: ' · ' }, { text: this.t('agendaPdf.changed'), strong: true, color: COLOR.changed });
    this.tag(section, 'P', () => this.runs(meta, x, width, SIZE.meta, COLOR.muted));
    if (item.presenter) {
      this.tag(section, 'P', () =>
        this.runs([{ text: item.presenter! }], x, width, SIZE.meta, COLOR.muted, [
          { text: `${this.t('agendaPdf.presenter')}: `, strong: true },
        ]),
      );
    }
    if (item.project) {
      this.tag(section, 'P', () =>
        this.runs([{ text: item.project! }], x, width, SIZE.meta, COLOR.muted, [
          { text: `${this.t('agendaPdf.project')}: `, strong: true },
        ]),
      );
    }

    if (item.themes.length) {
      this.tag(section, 'P', () =>
        this.runs([{ text: item.themes.join(', ') }], x, width, SIZE.meta, COLOR.muted, [
          { text: `${this.t('agendaPdf.themes')}: `, strong: true },
        ]),
      );
    }

    const description = markdownToBlocks(item.source.description);
    if (description.length) {
      doc.moveDown(0.5);
      this.blocks(section, description, x, width);
    }

    if (item.kind === AgendaItemKind.DECISION && item.proposal) {
      doc.moveDown(0.5);
      const [first, ...rest] = markdownToBlocks(item.proposal);
      const label: TextRun = { text: `${this.t('agendaPdf.proposal')}: `, strong: true };
      if (first && first.kind !== 'item') {
        this.keep(30);
        this.tag(section, 'P', () => this.runs(first.runs, x, width, SIZE.body, COLOR.text, [label]));
        this.blocks(section, rest, x, width);
      } else {
        this.tag(section, 'P', () => this.runs([], x, width, SIZE.body, COLOR.text, [label]));
        this.blocks(section, [first, ...rest].filter(Boolean), x, width);
      }
    }

    if (item.attachments.length) {
      doc.moveDown(0.5);
      this.keep(30);
      this.tag(section, 'P', () =>
        this.runs([{ text: this.t('agendaPdf.attachments'), strong: true }], x, width, SIZE.body),
      );
      this.list(
        section,
        item.attachments.map((attachment) => {
          const { href, note } = this.agenda.listing(attachment);
          const runs: Run[] = [{ text: attachment.fileName, link: href }];
          if (note) runs.push({ text: ` (${note})`, color: COLOR.muted });
          return { kind: 'item', runs, depth: 0, marker: '•' };
        }),
        x,
        width,
      );
    }
    section.end();
    doc.moveDown(1.4);
  }

  /** Description blocks; consecutive list items become one tagged list. */
  private blocks(parent: Struct, blocks: TextBlock[], x: number, width: number): void {
    for (let i = 0; i < blocks.length;) {
      if (blocks[i].kind === 'item') {
        let end = i;
        while (end < blocks.length && (blocks[end].kind === 'item' || blocks[end].depth > blocks[i].depth)) end++;
        this.list(parent, blocks.slice(i, end), x, width);
        i = end;
        continue;
      }
      const block = blocks[i++];
      const indent = block.depth * LIST_INDENT;
      this.keep(16);
      if (block.kind === 'heading') {
        this.tag(parent, 'H3', () =>
          this.runs(
            block.runs.map((r) => ({ ...r, strong: true })),
            x + indent,
            width - indent,
            SIZE.body,
          ),
        );
      } else if (block.kind === 'code') {
        this.tag(parent, 'Code', () => this.runs(block.runs, x + indent + 8, width - indent - 8, SIZE.small));
      } else {
        this.tag(parent, block.kind === 'quote' ? 'BlockQuote' : 'P', () =>
          this.runs(block.runs, x + indent, width - indent, SIZE.body),
        );
      }
      this.doc.moveDown(0.35);
    }
  }

  private list(parent: Struct, blocks: TextBlock[], x: number, width: number): void {
    const { doc } = this;
    const list = doc.struct('L');
    parent.add(list);
    for (const block of blocks) {
      const indent = block.depth * LIST_INDENT;
      this.keep(16);
      if (block.kind !== 'item') {
        this.tag(list, 'P', () => this.runs(block.runs, x + indent, width - indent, SIZE.body));
        continue;
      }
      const li = doc.struct('LI');
      list.add(li);
      const y = doc.y;
      this.tag(li, 'Lbl', () => {
        doc
          .font('regular')
          .fontSize(SIZE.body)
          .fillColor(COLOR.text)
          .text(block.marker ?? '•', x + indent, y, { width: LIST_INDENT, lineBreak: false });
      });
      this.tag(li, 'LBody', () => {
        doc.y = y;
        this.runs(
          block.runs.length ? block.runs : [{ text: ' ' }],
          x + indent + LIST_INDENT,
          width - indent - LIST_INDENT,
          SIZE.body,
        );
      });
      li.end();
      doc.moveDown(0.15);
    }
    list.end();
    doc.moveDown(0.2);
  }

  /**
   * The meeting and `Sivu 1 / 2` on every page, marked as pagination so readers skip it. In a
   * larger document that goes on after the agenda, the count includes its `pagesAfter`.
   */
  footers(pagesAfter: number): void {
    const { doc, agenda } = this;
    const range = doc.bufferedPageRange();
    const caption = `${agenda.group.name} · ${this.t('agendaPdf.heading')} ${agenda.content.date}`;
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margin = doc.page.margins.bottom;
      // Writing inside the bottom margin must not start a new page.
      doc.page.margins.bottom = 0;
      const y = doc.page.height - 40;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.font('regular').fontSize(SIZE.small).fillColor(COLOR.muted);
      doc.text(caption, this.left, y, { width: this.width * 0.7, lineBreak: false, ellipsis: true });
      const pages = range.count + pagesAfter;
      doc.text(this.t('agendaPdf.page', { page: i - range.start + 1, pages }), this.left, y, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      doc.endMarkedContent();
      doc.page.margins.bottom = margin;
    }
  }
}

export interface RenderOptions {
  /** Pages that follow the agenda in a larger document (the meeting pack), counted in its page numbers. */
  pagesAfter: number;
}

/** The agenda as a tagged A4 PDF in the familiar esityslista layout. */
export async function renderAgendaPdf(
  agenda: PrintableAgenda,
  options: RenderOptions = { pagesAfter: 0 },
): Promise<RenderedAgenda> {
  const title = `${translate('agendaPdf.heading', {}, agenda.locale)}: ${agenda.content.title}`;
  const document = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: agenda.locale === Locale.EN ? 'en-GB' : 'fi-FI',
    info: {
      Title: title,
      Author: agenda.group.name,
      Subject: agenda.content.facts[0]?.text ?? '',
      Creator: 'Elinvoima',
    },
    // Starting with DejaVu keeps the unused Helvetica out of the file.
    font: fontData().regular as unknown as string,
  });
  for (const [name, data] of Object.entries(fontData())) document.registerFont(name, data);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const writer = new AgendaWriter(document, agenda);
  writer.write();
  writer.footers(options.pagesAfter);
  const pageCount = document.bufferedPageRange().count;
  document.end();
  return { content: await done, pageCount, anchors: writer.anchors };
}
