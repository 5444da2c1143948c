import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { handmadeZip, lyingXlsx, manyPartsXlsx, overlappingXlsx, sheetPart, workbookParts } from '../../../tests/support/bombs.ts';
import { importMessages } from '../../../shared/domain/delegate-import-messages.ts';
import { XLSX_LIMITS, unpackWorkbook } from './xlsx-unzip.ts';

const t = importMessages('en');
const MB = 1024 * 1024;
const GiB = 1024 * MB;
const over = (maxBytes: number) => ({ ok: false, message: t.unpackedTooLarge({ maxBytes }), tooLarge: true });

/** The names and compression methods of a zip's entries. */
async function entries(zip: Buffer): Promise<{ name: string; method: number; size: number }[]> {
  const file = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: false }, (e, z) => (e ? reject(e) : resolve(z))));
  const found: { name: string; method: number; size: number }[] = [];
  await new Promise<void>((resolve) => {
    file.on('entry', (entry: yauzl.Entry) => found.push({ name: entry.fileName, method: entry.compressionMethod, size: entry.uncompressedSize }));
    file.on('end', () => resolve());
  });
  return found;
}

describe('a workbook is unpacked under limits on what actually inflates', () => {
  it('passes a real workbook on to exceljs as the same parts, uncompressed', async () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/delegates/names.xlsx'));
    const unpacked = await unpackWorkbook(bytes, t);
    if (!unpacked.ok) throw new Error(unpacked.message);
    const parts = await entries(unpacked.zip);
    expect(parts.map((p) => p.name).sort()).toEqual((await entries(bytes)).map((p) => p.name).filter((n) => !n.endsWith('/')).sort());
    expect(parts.every((p) => p.method === 0)).toBe(true);
  });

  it.each([
    ['a sheet that says 4 KB and inflates to 1 GiB', () => lyingXlsx(GiB), XLSX_LIMITS.maxSheetXmlBytes],
    ['a sheet that honestly says 1 GiB (refused before a byte is inflated)', () => lyingXlsx(GiB, GiB), XLSX_LIMITS.maxSheetXmlBytes],
    ['shared strings that inflate to 1 GiB', () => lyingXlsx(GiB, 100, 'xl/sharedStrings.xml'), XLSX_LIMITS.maxSheetXmlBytes],
    ['a part exceljs would never read that inflates to 1 GiB', () => lyingXlsx(GiB, 100, 'customXml/item1.xml'), XLSX_LIMITS.maxEntryBytes],
    ['a sheet under a name that starts with a slash', () => lyingXlsx(GiB, 100, '/xl/worksheets/sheet1.xml'), XLSX_LIMITS.maxSheetXmlBytes],
    ['100 entries over the same 16 MB of data (overlapping files)', () => overlappingXlsx(100, 16 * MB), XLSX_LIMITS.maxUnpackedBytes],
  ])('refuses %s, holding no more than its limit', async (_, make, limit) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(2 * MB);
    const before = process.memoryUsage.rss();
    expect(await unpackWorkbook(bytes, t)).toEqual(over(limit));
    expect(process.memoryUsage.rss() - before).toBeLessThan(limit + 64 * MB);
  });

  it('refuses three bombs at once without the memory of three gigabytes', async () => {
    const bombs = [lyingXlsx(GiB), lyingXlsx(GiB, 100, 'customXml/a.xml'), overlappingXlsx(60, 16 * MB)];
    const before = process.memoryUsage.rss();
    const results = await Promise.all(bombs.map((bomb) => unpackWorkbook(bomb, t)));
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    expect(process.memoryUsage.rss() - before).toBeLessThan(150 * MB);
  });

  it('refuses a zip of more parts than any workbook has, before reading one', async () => {
    expect(await unpackWorkbook(manyPartsXlsx(XLSX_LIMITS.maxEntries + 1), t)).toEqual({
      ok: false,
      message: 'The workbook is made of 1,001 parts, where a delegate list needs a few dozen (at most 1,000); it was not opened. Copy the list alone into a new workbook and try again.',
      tooLarge: true,
    });
  });

  it('takes a part that says less than it holds, when what it holds is within the limits', async () => {
    const sheet = sheetPart('<row r="2"><c r="A2" t="inlineStr"><is><t>Lê Văn Tám</t></is></c></row>');
    const unpacked = await unpackWorkbook(handmadeZip([...workbookParts(), { ...sheet, claimedSize: 10 }]), t);
    if (!unpacked.ok) throw new Error(unpacked.message);
    expect((await entries(unpacked.zip)).find((p) => p.name === 'xl/worksheets/sheet1.xml')?.size).toBe(sheet.data.length);
  });

  it('refuses a zip that is not a workbook, and bytes that are not a zip', async () => {
    expect(await unpackWorkbook(handmadeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), t)).toEqual({
      ok: false,
      message: t.notWorkbook({ kind: 'word' }),
    });
    const broken = await unpackWorkbook(Buffer.from('PK\x03\x04 and nothing else'), t);
    expect(broken).toMatchObject({ ok: false, message: expect.stringMatching(/^The workbook could not be opened \(.+\); it may be damaged\./) });
  });
});
