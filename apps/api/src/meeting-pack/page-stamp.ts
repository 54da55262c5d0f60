import { degrees, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

export interface StampPlace {
  /** From the page's right edge as it is shown, to the text's end. */
  right: number;
  /** From the page's bottom edge as it is shown, to the text's baseline. */
  bottom: number;
  fontSize: number;
  /** A light backing, so the number stays readable over a page that runs to its edge. */
  backed: boolean;
}

/**
 * Writes `text` at the bottom right of the page as a reader sees it: a page turned by its
 * /Rotate, or with a crop box that does not start at 0,0, is stamped where its reader looks.
 */
export function stampPage(page: PDFPage, text: string, font: PDFFont, place: StampPlace): void {
  const box = page.getCropBox();
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  const turned = angle === 90 || angle === 270;
  const shownWidth = turned ? box.height : box.width;
  const width = font.widthOfTextAtSize(text, place.fontSize);
  // Where the text starts in the page's shown (rotated) coordinates, then in its own.
  const shown = { x: shownWidth - place.right - width, y: place.bottom };
  const at = (x: number, y: number) => toPageSpace(box, angle, x, y);
  if (place.backed) {
    const pad = 3;
    const corner = at(shown.x - pad, shown.y - pad - 2);
    page.drawRectangle({
      ...corner,
      width: width + 2 * pad,
      height: place.fontSize + 2 * pad,
      rotate: degrees(angle),
      color: rgb(1, 1, 1),
      opacity: 0.85,
    });
  }
  page.drawText(text, {
    ...at(shown.x, shown.y),
    size: place.fontSize,
    font,
    rotate: degrees(angle),
    color: rgb(0.3, 0.3, 0.3),
  });
}

type Box = { x: number; y: number; width: number; height: number };

/** A point given from the shown page's bottom left, in the page's unrotated user space. */
function toPageSpace(box: Box, angle: number, x: number, y: number): { x: number; y: number } {
  const right = box.x + box.width;
  const top = box.y + box.height;
  switch (angle) {
    case 90:
      return { x: right - y, y: box.y + x };
    case 180:
      return { x: right - x, y: top - y };
    case 270:
      return { x: box.x + y, y: top - x };
    default:
      return { x: box.x + x, y: box.y + y };
  }
}
