import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../paths.ts';

/** The two faces a badge uses. Noto Sans has every precomposed Vietnamese letter (ễ, ặ, ự…) as its own glyph. */
export type FontFace = 'regular' | 'bold';

const FILES: Record<FontFace, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
};

export const fontPath = (face: FontFace): string => join(resourcesDir(), 'fonts', FILES[face]);

const bytesCache = new Map<FontFace, Uint8Array>();

/** The font file's bytes, read once per process: every badge sheet embeds (a subset of) them. */
export function fontBytes(face: FontFace): Uint8Array {
  let bytes = bytesCache.get(face);
  if (!bytes) {
    bytes = readFileSync(fontPath(face));
    bytesCache.set(face, bytes);
  }
  return bytes;
}

/** What the layout needs to know about the fonts, in ems (multiply by the size in points). */
export interface FontMetrics {
  /** Advance width of a line of text at 1 pt. */
  width(text: string, face: FontFace): number;
  /** Height above the baseline that the tallest letters reach (a capital with a stacked Vietnamese accent). */
  ascent(face: FontFace): number;
  /** Depth below the baseline (g, y, p). */
  descent(face: FontFace): number;
  /** Height of a plain capital, to centre a line optically in a box. */
  capHeight(face: FontFace): number;
}

type Font = ReturnType<typeof fontkit.create>;

/**
 * Metrics read from the very files the PDF embeds and the PNG renderer registers, so the PDF and the PNG are
 * laid out from the same numbers. Widths add the glyphs' advances without kerning, as pdf-lib places them
 * (the PNG painter turns kerning off to match).
 */
export function notoMetrics(): FontMetrics {
  const fonts = new Map<FontFace, Font>();
  const font = (face: FontFace): Font => {
    let f = fonts.get(face);
    if (!f) {
      f = fontkit.create(fontBytes(face));
      fonts.set(face, f);
    }
    return f;
  };
  // The fitting loop measures the same words at many sizes: width scales with size, so cache it at 1 pt.
  const widths = new Map<string, number>();
  return {
    width(text, face) {
      const key = `${face}\u0000${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        const f = font(face);
        w = f.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / f.unitsPerEm;
        // A hub runs for months: forget everything now and then rather than grow without bound.
        if (widths.size >= 50_000) widths.clear();
        widths.set(key, w);
      }
      return w;
    },
    ascent: (face) => font(face).ascent / font(face).unitsPerEm,
    descent: (face) => Math.abs(font(face).descent) / font(face).unitsPerEm,
    capHeight: (face) => font(face).capHeight / font(face).unitsPerEm,
  };
}

let shared: FontMetrics | null = null;

/** One metrics object per process: the width cache then serves every sheet. */
export function badgeMetrics(): FontMetrics {
  shared ??= notoMetrics();
  return shared;
}
