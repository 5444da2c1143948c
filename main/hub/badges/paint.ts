import type { FontFace } from './fonts.ts';
import type { QrRun } from './qr.ts';

/**
 * What a badge is drawn with, in PostScript points (1/72 inch) from the top-left corner, y downwards. The layout
 * produces these once; the PDF and the PNG painters only translate them, so the two can never disagree.
 */
export type Rgb = readonly [number, number, number];

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Size {
  x: number;
  y: number;
}

export type Paint =
  /** `tracking`: space added after each letter, in ems (the short code's letter spacing). */
  | { kind: 'text'; text: string; x: number; baseline: number; size: number; face: FontFace; color: Rgb; tracking?: number }
  | { kind: 'box'; box: Box; color: Rgb }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: Rgb; dash: readonly number[] | null }
  /** The dark modules of a QR code; (x, y) is the corner of the symbol itself, inside its quiet zone. */
  | { kind: 'qr'; x: number; y: number; module: number; runs: readonly QrRun[] }
  /**
   * Paints that read as one piece of text: a name wrapped over two lines, a short code drawn letter by letter.
   * The PDF says so (ActualText), so copying or extracting gives "Nguyễn Thị Ngọc Ánh", not two fragments.
   */
  | { kind: 'span'; text: string; paints: readonly Paint[] };

export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

export const INK: Rgb = [0.08, 0.08, 0.08];
export const MUTED: Rgb = [0.3, 0.3, 0.3];
/** The dark red of Vietnamese official documents' headings. */
export const ACCENT: Rgb = [0.62, 0.06, 0.06];
export const WHITE: Rgb = [1, 1, 1];
/** Cut lines and crop marks: visible to the person with the scissors, faint on a worn badge. */
export const GUIDE: Rgb = [0.62, 0.62, 0.62];
export const QR_DARK: Rgb = [0, 0, 0];
