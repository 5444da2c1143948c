import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsqrModule from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBadge } from '../../../shared/domain/badge-token.ts';
import type { BadgeCard } from './card.ts';
import { renderBadgePng, renderBadgeSheet } from './sheet.ts';
import { PER_PAGE_CHOICES, sheetGrid, type SheetGrid } from './sheet-grid.ts';
import { testAuthority, testCards } from './test-cards.ts';

// The PDF is checked with tools the project did not write: poppler's pdftotext and pdftoppm, and jsQR.

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** jsQR's UMD build is the function itself in Node, with the same function again under `default`. */
function jsQrFunction(loaded: unknown): JsQr {
  let candidate = loaded;
  for (let i = 0; i < 3 && typeof candidate !== 'function'; i++) candidate = (candidate as { default?: unknown } | null)?.default;
  if (typeof candidate !== 'function') throw new Error('jsqr did not load');
  return candidate as JsQr;
}
const jsQR = jsQrFunction(jsqrModule);

function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdftoppm']) {
    if (spawnSync('which', [tool]).status !== 0) {
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils; CI's .ci/run installs it).`);
    }
  }
}

const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** pdftotext's lines, trimmed and NFC. */
function pdfLines(file: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim());
}

/** Every page as a PNG at `dpi`, in page order. */
function pagesAsPng(file: string, dir: string, dpi: number, lastPage?: number): PNG[] {
  const prefix = join(dir, `page-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', ...(lastPage ? ['-l', String(lastPage)] : []), file, prefix]);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`page-${dpi}-`) && name.endsWith('.png'))
    .sort((a, b) => parseInt(a.slice(`page-${dpi}-`.length), 10) - parseInt(b.slice(`page-${dpi}-`.length), 10))
    .map((name) => PNG.sync.read(readFileSync(join(dir, name))));
}

/** The badge cells of a rendered page, cut out as jsQR wants them (one QR code per image). */
function decodeCells(page: PNG, grid: SheetGrid, dpi: number): (string | null)[] {
  const scale = dpi / 72;
  return Array.from({ length: grid.perPage }, (_, index) => {
    const origin = grid.cellOrigin(index);
    const x0 = Math.round(origin.x * scale);
    const y0 = Math.round(origin.y * scale);
    const width = Math.min(Math.round(grid.cell.width * scale), page.width - x0);
    const height = Math.min(Math.round(grid.cell.height * scale), page.height - y0);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let row = 0; row < height; row++) {
      const start = ((y0 + row) * page.width + x0) * 4;
      rgba.set(page.data.subarray(start, start + width * 4), row * width * 4);
    }
    return jsQR(rgba, width, height)?.data ?? null;
  });
}

/** Pixels per inch from a PNG's pHYs chunk, or null without one. */
function pngDpi(png: Buffer): number | null {
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs' && png[at + 16] === 1) return Math.round(png.readUInt32BE(at + 8) / 39.3701);
    at += 12 + length;
  }
  return null;
}

// Rendering and decoding whole pages takes a few seconds; CI's two cores may take longer.
describe('renderBadgeSheet', { timeout: 60_000 }, () => {
  const cards = testCards(11);
  const authority = testAuthority(cards);
  let dir = '';
  let pdfFile = '';

  beforeAll(async () => {
    requirePoppler();
    dir = mkdtempSync(join(tmpdir(), 'roundtable-badges-'));
    pdfFile = join(dir, 'badges.pdf');
    writeFileSync(pdfFile, await renderBadgeSheet(cards));
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('puts 8 badges on an A4 page by default: 11 cards make 2 pages', async () => {
    const pdf = await PDFDocument.load(readFileSync(pdfFile));
    expect(pdf.getPageCount()).toBe(2);
    for (const page of pdf.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 1);
      expect(page.getHeight()).toBeCloseTo(841.89, 1);
    }
  });

  it('gives back every full name exactly, with every diacritic, as a line of its own (pdftotext)', () => {
    const lines = pdfLines(pdfFile);
    for (const card of cards) expect(lines).toContain(cleanName(card.fullName));
    // The long name is wrapped on the badge, yet reads back whole.
    expect(lines).toContain('Tôn Nữ Thị Huyền Trang Công Tằng Tôn Nữ');
  });

  it('prints the seat and the short code with their Vietnamese labels', () => {
    const lines = pdfLines(pdfFile);
    for (const card of cards) {
      expect(lines).toContain(`Ghế ${card.seat}`);
      expect(lines).toContain(`Mã: ${card.shortCode}`);
    }
  });

  it('every QR code on every page decodes (jsQR on pdftoppm at 200 dpi) to the token of the badge it is on, and each verifies', () => {
    const grid = sheetGrid(8);
    const pages = pagesAsPng(pdfFile, dir, 200);
    expect(pages).toHaveLength(2);
    const decoded: string[] = [];
    pages.forEach((page, p) => {
      const onPage = cards.slice(p * 8, p * 8 + 8);
      decodeCells(page, grid, 200).forEach((text, index) => {
        // An empty cell of the last page has no code at all.
        expect(text).toBe(onPage[index]?.token ?? null);
        if (text) decoded.push(text);
      });
    });
    expect(new Set(decoded)).toEqual(new Set(cards.map((card) => card.token)));
    for (const token of decoded) expect(verifyBadge(token, authority)).toMatchObject({ ok: true });
  });

  it.each(PER_PAGE_CHOICES.filter((n) => n !== 8))('lays out %i per page: pages, names and the first page’s QR codes', async (perPage) => {
    const file = join(dir, `badges-${perPage}.pdf`);
    writeFileSync(file, await renderBadgeSheet(cards, { perPage }));
    const pdf = await PDFDocument.load(readFileSync(file));
    expect(pdf.getPageCount()).toBe(Math.ceil(cards.length / perPage));
    const lines = pdfLines(file);
    for (const card of cards) expect(lines).toContain(cleanName(card.fullName));
    const pageDir = mkdtempSync(join(dir, `grid-${perPage}-`));
    const [first] = pagesAsPng(file, pageDir, 150, 1);
    expect(first).toBeDefined();
    expect(decodeCells(first as PNG, sheetGrid(perPage), 150)).toEqual(cards.slice(0, perPage).map((card) => card.token));
  });

  it('refuses a number of badges per page it has no layout for, saying which it has', async () => {
    for (const perPage of [0, 3, 5, 7, 9, 12, 2.5, -8, Number.NaN]) {
      await expect(renderBadgeSheet(cards, { perPage })).rejects.toThrow(
        `Badges per page must be 1, 2, 4, 6, 8 or 10 (got ${String(perPage)}).`,
      );
    }
  });

  it('refuses an empty list of cards', async () => {
    await expect(renderBadgeSheet([])).rejects.toThrow('There are no badges to print: the list of delegates is empty.');
  });
});

describe('renderBadgePng', { timeout: 30_000 }, () => {
  const cards: BadgeCard[] = testCards(7);
  const authority = testAuthority(cards);

  it('is one badge, 95 × 69.25 mm at 300 dpi by default, with the resolution in the file, and its QR code decodes', async () => {
    const file = await renderBadgePng(cards[0] as BadgeCard);
    const png = PNG.sync.read(file);
    expect([png.width, png.height]).toEqual([Math.round((95 / 25.4) * 300), Math.round((69.25 / 25.4) * 300)]);
    expect(pngDpi(file)).toBe(300);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    expect(decoded).toBe(cards[0]?.token);
    expect(verifyBadge(decoded ?? '', authority)).toMatchObject({ ok: true });
  });

  it('renders at the resolution asked for; the long name’s badge decodes too', async () => {
    const file = await renderBadgePng(cards[6] as BadgeCard, { dpi: 150 });
    const png = PNG.sync.read(file);
    expect([png.width, png.height]).toEqual([Math.round((95 / 25.4) * 150), Math.round((69.25 / 25.4) * 150)]);
    expect(pngDpi(file)).toBe(150);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(cards[6]?.token);
  });

  it('refuses a resolution that makes no sense', async () => {
    for (const dpi of [0, 10, 5000, Number.NaN]) {
      await expect(renderBadgePng(cards[0] as BadgeCard, { dpi })).rejects.toThrow(/between 72 and 1200 dpi/);
    }
  });
});
