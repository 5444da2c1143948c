import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { handmadeZip, lyingXlsx, sheetPart, workbookParts } from '../../../tests/support/bombs.ts';
import { importMessages } from '../../../shared/domain/delegate-import-messages.ts';
import { readDelegateFile } from './index.ts';
import { readXlsx, XLSX_READ_LIMITS } from './xlsx-sandbox.ts';

const vi = importMessages('vi');
const en = importMessages('en');

/** A workbook of `rows` delegates and `columns` columns, honestly deflated: within every zip limit. */
function bigList(rows: number, columns: number): Buffer {
  const cells = (r: number) =>
    Array.from({ length: columns }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>Nguyễn Văn ${r}-${c}</t></is></c>`).join('');
  const xml = Array.from({ length: rows }, (_, i) => `<row r="${i + 2}">${cells(i + 2)}</row>`).join('');
  const sheet = sheetPart(xml);
  return handmadeZip([...workbookParts(), { name: sheet.name, data: deflateRawSync(sheet.data), deflated: true, claimedSize: sheet.data.length }]);
}

describe('a workbook is read in a process of its own', () => {
  it('a zip bomb is refused as too large, in the language asked, and the preview will answer 413', async () => {
    const read = await readDelegateFile(lyingXlsx(1024 ** 3), 'ds.xlsx', 'vi');
    expect(read.tooLarge).toBe(true);
    expect(read.result.rows).toEqual([]);
    expect(read.result.fileErrors).toEqual([vi.unpackedTooLarge({ maxBytes: 16 * 1024 * 1024 })]);
    expect(read.result.fileErrors[0]).toBe(
      'Tệp Excel khi giải nén vượt quá 16 MB, lớn hơn nhiều so với một danh sách đại biểu, nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi thử lại.',
    );
  });

  it('reads a workbook whose part names start with a slash, as Excel does', async () => {
    const parts = [...workbookParts(), sheetPart('<row r="2"><c r="A2" t="inlineStr"><is><t>Lê Văn Tám</t></is></c></row>')];
    const read = await readDelegateFile(handmadeZip(parts.map((p) => ({ ...p, name: `/${p.name}` }))), 'ds.xlsx');
    expect(read.tooLarge).toBe(false);
    expect(read.result.fileErrors).toEqual([]);
    expect(read.result.rows.map((r) => r.delegate.fullName)).toEqual(['Lê Văn Tám']);
  });

  it('a workbook within the zip limits that needs more memory than allowed stops its parser, not the hub', async () => {
    const list = bigList(10_000, 10);
    const read = await readXlsx(list, 10_020, 'en', { ...XLSX_READ_LIMITS, maxHeapMb: 48, maxRssMb: null });
    expect(read).toEqual({ ok: false, message: en.workbookTooHeavy({ maxMb: 48 }), tooLarge: true });
    // With the real limits the same list is read whole.
    const whole = await readXlsx(list, 10_020, 'en');
    expect(whole.ok && whole.rows.length).toBe(10_001);
  }, 60_000);

  it('a parser that takes longer than allowed is stopped', async () => {
    expect(await readXlsx(bigList(100, 3), 10_020, 'vi', { ...XLSX_READ_LIMITS, timeoutMs: 30 })).toEqual({
      ok: false,
      message: 'Đọc tệp Excel mất hơn 0,03 giây, lâu hơn hẳn một danh sách đại biểu, nên đã dừng lại. Hãy chép riêng danh sách sang một tệp Excel mới rồi thử lại.',
      tooLarge: true,
    });
  });
});
