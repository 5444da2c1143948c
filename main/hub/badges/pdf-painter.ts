import {
  fill,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setCharacterSpacing,
  setFillingRgbColor,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { FontFace } from './fonts.ts';
import type { Paint, Rgb } from './paint.ts';

const colour = ([r, g, b]: Rgb) => rgb(r, g, b);

/**
 * Draws paints on a PDF page with their origin at (originX, originY) from the page's top-left corner.
 * PDF measures y upwards from the bottom, hence the flips.
 */
export function paintPdf(page: PDFPage, paints: readonly Paint[], originX: number, originY: number, fonts: Record<FontFace, PDFFont>): void {
  const pageHeight = page.getHeight();
  const y = (top: number) => pageHeight - (originY + top);
  for (const p of paints) {
    switch (p.kind) {
      case 'text':
        // Character spacing is text state: set it around this text only.
        if (p.tracking) page.pushOperators(setCharacterSpacing(p.tracking * p.size));
        page.drawText(p.text, { x: originX + p.x, y: y(p.baseline), size: p.size, font: fonts[p.face], color: colour(p.color) });
        if (p.tracking) page.pushOperators(setCharacterSpacing(0));
        break;
      case 'box':
        page.drawRectangle({ x: originX + p.box.x, y: y(p.box.y + p.box.height), width: p.box.width, height: p.box.height, color: colour(p.color) });
        break;
      case 'line':
        page.drawLine({
          start: { x: originX + p.x1, y: y(p.y1) },
          end: { x: originX + p.x2, y: y(p.y2) },
          thickness: p.width,
          color: colour(p.color),
          ...(p.dash ? { dashArray: [...p.dash] } : {}),
        });
        break;
      case 'qr':
        // One path filled once: rectangles that touch leave no hairline seams when a viewer anti-aliases.
        page.pushOperators(
          pushGraphicsState(),
          setFillingRgbColor(0, 0, 0),
          ...p.runs.map((run) =>
            rectangle(originX + p.x + run.column * p.module, y(p.y + (run.row + 1) * p.module), run.length * p.module, p.module),
          ),
          fill(),
          popGraphicsState(),
        );
        break;
      case 'span':
        // An inline property list; pdf-lib writes string operands as they are, and a hex string is only hex digits.
        page.pushOperators(
          PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
            PDFName.of('Span'),
            `<</ActualText ${PDFHexString.fromText(p.text).toString()}>>`,
          ]),
        );
        paintPdf(page, p.paints, originX, originY, fonts);
        page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
        break;
    }
  }
}
