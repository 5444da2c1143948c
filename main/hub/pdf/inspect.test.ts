import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentBombPdf, imageBombPdf, nestedFormsPdf, pdfFile, pdfStream, plainPdf } from '../../../tests/support/bombs.ts';
import { FIXTURES_DIR, fixture } from '../../../tests/support/fixtures.ts';
import { DEFAULT_INSPECT_LIMITS, inspectPdf } from './inspect.ts';

const dir = mkdtempSync(join(tmpdir(), 'roundtable-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** A one-page PDF whose catalog names an XMP packet with `title` as its dc:title (UTF-8, as Word and Acrobat write it). */
function xmpTitled(title: string): Buffer {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    pdfStream('', Buffer.from('0 0 m 10 10 l S')),
    pdfStream('/Type /Metadata /Subtype /XML', Buffer.from(xmp, 'utf8')),
  ]);
}

describe('the PDF check decodes what a tablet will draw', () => {
  it('accepts an honest page', async () => {
    expect(await inspectPdf(file('plain.pdf', plainPdf()))).toEqual({ ok: true, pages: 1, title: null });
  });

  it("reads the PDF's own title for the document's first title: XMP dc:title, else the Info Title; none for a placeholder", async () => {
    expect(await inspectPdf(file('xmp.pdf', xmpTitled('Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công')))).toEqual({
      ok: true,
      pages: 1,
      title: 'Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công',
    });
    expect(await inspectPdf(file('untitled.pdf', xmpTitled('Untitled')))).toMatchObject({ ok: true, title: null });
  });

  it.skipIf(!existsSync(join(FIXTURES_DIR, 'MANIFEST.tsv')))('reads the titles of real-world PDFs', async () => {
    const titleOf = async (name: string) => {
      const outcome = await inspectPdf(file(name, fixture(name)));
      return outcome.ok ? outcome.title : outcome.reason;
    };
    expect(await titleOf('lshort-vi.pdf')).toBe('The not so Short Introduction to LaTeX, Vietnamese edition');
    expect(await titleOf('GeoTopo-komprimiert.pdf')).toBe('Geometrie und Topologie');
    // ImageMagick ends it with a NUL; LibreOffice leaves it out; an empty Info Title is none.
    expect(await titleOf('imagemagick-CCITTFaxDecode.pdf')).toBe('imagemagick-CCITTFaxDecode');
    expect(await titleOf('002-trivial-libre-office-writer.pdf')).toBeNull();
    expect(await titleOf('pdflatex-outline.pdf')).toBeNull();
    expect(await titleOf('simple-pdf-2.0.pdf')).toBe('A simple PDF 2.0 example file');
  }, 60_000);

  // Each about 1 MB on disk. The check's process is stopped; the hub's own memory does not move.
  it.each([
    ['a content stream that inflates to 1 GiB', () => contentBombPdf(1024 ** 3)],
    ['a 16,000 × 16,000 image (768 MB of pixels) from a stream of zeros', () => imageBombPdf(16_000)],
  ])('refuses %s as too heavy, with a reason and a message', async (_, make) => {
    const path = file('bomb.pdf', make());
    const before = process.memoryUsage.rss();
    const started = Date.now();
    const outcome = await inspectPdf(path);
    expect(outcome).toMatchObject({ ok: false, reason: 'too_heavy' });
    // Memory runs out first here; on a slower machine the page's time may.
    if (!outcome.ok) {
      expect([
        `Drawing page 1 of the PDF needs more than ${DEFAULT_INSPECT_LIMITS.maxRssMb} MB of memory, more than a tablet has; it was refused.`,
        `Page 1 takes more than ${DEFAULT_INSPECT_LIMITS.pageTimeoutMs / 1000} s to draw, longer than a tablet can take; it was refused.`,
      ]).toContain(outcome.message);
    }
    expect(Date.now() - started).toBeLessThan(DEFAULT_INSPECT_LIMITS.pageTimeoutMs + 5_000);
    expect(process.memoryUsage.rss() - before).toBeLessThan(50 * 1024 * 1024);
  }, 30_000);

  it('refuses forms nested nine deep (10^9 lines on one page) within its time limit for a page', async () => {
    const started = Date.now();
    const outcome = await inspectPdf(file('forms.pdf', nestedFormsPdf(9)), { ...DEFAULT_INSPECT_LIMITS, pageTimeoutMs: 2_000 });
    expect(outcome).toEqual({
      ok: false,
      reason: 'too_heavy',
      message: 'Page 1 takes more than 2 s to draw, longer than a tablet can take; it was refused.',
      params: { page: 1, seconds: 2 },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('names each limit in its refusal: the whole check, the V8 heap', async () => {
    const path = file('plain-again.pdf', plainPdf());
    expect(await inspectPdf(path, { timeoutMs: 20, maxHeapMb: 512 })).toEqual({
      ok: false,
      reason: 'too_slow',
      message: 'Opening the PDF took longer than 0.02 s; it was refused.',
      params: { seconds: 0.02 },
    });
    expect(await inspectPdf(path, { timeoutMs: 60_000, maxHeapMb: 8 })).toMatchObject({ ok: false, reason: 'too_big', params: { megabytes: 8 } });
  }, 30_000);
});
