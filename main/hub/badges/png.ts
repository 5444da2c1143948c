import { badgePlan } from './badge-layout.ts';
import { CANVAS_FAMILIES, paintCanvas } from './canvas-painter.ts';
import type { BadgeCard } from './card.ts';
import { badgeMetrics, fontPath, type FontFace } from './fonts.ts';
import { SINGLE_BADGE, badgeOutline } from './sheet-grid.ts';

const MIN_DPI = 72;
const MAX_DPI = 1200;

type Canvas = typeof import('@napi-rs/canvas');

let loaded: Promise<Canvas> | null = null;

/**
 * @napi-rs/canvas is a native module: load it, and register the fonts, the first time a PNG is asked for, so a
 * hub that never prints one never loads it (and a platform without its prebuilt binary loses only this).
 */
function canvasModule(): Promise<Canvas> {
  loaded ??= import('@napi-rs/canvas').then((canvas) => {
    for (const face of ['regular', 'bold'] as const satisfies readonly FontFace[]) {
      if (!canvas.GlobalFonts.has(CANVAS_FAMILIES[face]) && !canvas.GlobalFonts.registerFromPath(fontPath(face), CANVAS_FAMILIES[face])) {
        throw new Error(`Could not load the badge font ${fontPath(face)}.`);
      }
    }
    return canvas;
  });
  return loaded;
}

/**
 * One badge as a PNG, the size of a badge on the default sheet (95 × 69 mm) at `dpi` (300 by default), with the
 * resolution written in the file so it prints at that size. Same layout as the PDF, with a thin outline to cut.
 */
export async function renderBadgePng(card: BadgeCard, options: { dpi?: number } = {}): Promise<Buffer> {
  const dpi = options.dpi ?? 300;
  if (!Number.isFinite(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) {
    throw new Error(`A badge PNG's resolution must be between ${MIN_DPI} and ${MAX_DPI} dpi (got ${String(dpi)}).`);
  }
  const { createCanvas } = await canvasModule();
  const scale = dpi / 72;
  const size = SINGLE_BADGE;
  const canvas = createCanvas(Math.round(size.width * scale), Math.round(size.height * scale));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'rgb(255, 255, 255)';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  paintCanvas(ctx, [...badgePlan(card, size, badgeMetrics()).paints, ...badgeOutline(size)], scale);
  return canvas.encode('png', { resolution: dpi, title: `Thẻ đại biểu – ${card.fullName}`, software: 'Roundtable' });
}
