import type { SKRSContext2D } from '@napi-rs/canvas';
import type { FontFace } from './fonts.ts';
import type { Paint, Rgb } from './paint.ts';

/** The family names the Noto Sans files are registered under (see png.ts); one family per face, so no weight matching. */
export const CANVAS_FAMILIES: Record<FontFace, string> = {
  regular: 'RoundtableNotoSans',
  bold: 'RoundtableNotoSansBold',
};

const css = ([r, g, b]: Rgb) => `rgb(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)})`;

/** Draws paints (in points) on a canvas at `scale` pixels per point. */
export function paintCanvas(ctx: SKRSContext2D, paints: readonly Paint[], scale: number): void {
  // pdf-lib places glyphs by their advance widths alone; the layout measured them that way too.
  ctx.fontKerning = 'none';
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const p of paints) {
    switch (p.kind) {
      case 'text':
        ctx.font = `${p.face === 'bold' ? 'bold ' : ''}${p.size * scale}px ${CANVAS_FAMILIES[p.face]}`;
        ctx.fillStyle = css(p.color);
        ctx.letterSpacing = `${(p.tracking ?? 0) * p.size * scale}px`;
        ctx.fillText(p.text, p.x * scale, p.baseline * scale);
        break;
      case 'box':
        ctx.fillStyle = css(p.color);
        ctx.fillRect(p.box.x * scale, p.box.y * scale, p.box.width * scale, p.box.height * scale);
        break;
      case 'line':
        ctx.strokeStyle = css(p.color);
        ctx.lineWidth = p.width * scale;
        ctx.setLineDash(p.dash ? p.dash.map((d) => d * scale) : []);
        ctx.beginPath();
        ctx.moveTo(p.x1 * scale, p.y1 * scale);
        ctx.lineTo(p.x2 * scale, p.y2 * scale);
        ctx.stroke();
        break;
      case 'qr': {
        // Module edges on whole pixels: crisp edges for the scanner, and one fill so nothing shows between rows.
        const px = (v: number) => Math.round(v * scale);
        ctx.fillStyle = 'rgb(0, 0, 0)';
        ctx.beginPath();
        for (const run of p.runs) {
          const x0 = px(p.x + run.column * p.module);
          const x1 = px(p.x + (run.column + run.length) * p.module);
          const y0 = px(p.y + run.row * p.module);
          const y1 = px(p.y + (run.row + 1) * p.module);
          ctx.rect(x0, y0, x1 - x0, y1 - y0);
        }
        ctx.fill();
        break;
      }
      case 'span':
        paintCanvas(ctx, p.paints, scale);
        break;
    }
  }
}
