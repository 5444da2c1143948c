import { createHash } from 'node:crypto';
import { fixture } from './fixtures.ts';

/** Valid PDFs of the team's corpus, biggest first, to copy into a meeting of a given size. */
const BIG_VALID = ['source2e.pdf', 'lshort-vi.pdf', 'lshortru.pdf', 'GeoTopo-komprimiert.pdf', 'lshort-zh-cn.pdf', 'multipage-scan.pdf'];

export interface TestPdf {
  name: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Distinct valid PDFs adding up to at least `totalBytes`: copies of real fixtures, each made unique by a
 * comment after %%EOF (PDF readers ignore what follows the trailer), so every copy has its own sha256.
 */
export function distinctPdfs(totalBytes: number, tag = 'preload'): TestPdf[] {
  const sources = BIG_VALID.map((name) => ({ name, bytes: fixture(name) }));
  const out: TestPdf[] = [];
  let sum = 0;
  for (let n = 0; sum < totalBytes; n++) {
    const source = sources[n % sources.length]!;
    const bytes = Buffer.concat([source.bytes, Buffer.from(`\n% roundtable ${tag} copy ${n}\n`)]);
    out.push({ name: `${n}-${source.name}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    sum += bytes.byteLength;
  }
  return out;
}

/** `POST /api/documents` as the secretariat; the hub opens the PDF with pdf.js before it keeps it. */
export async function uploadPdf(hubUrl: string, token: string, pdf: TestPdf): Promise<{ sha256: string; pages: number; bytes: number }> {
  const response = await fetch(`${hubUrl}/api/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/pdf' },
    body: new Uint8Array(pdf.bytes),
  });
  const body = (await response.json()) as { sha256: string; pages: number; bytes: number; message?: string };
  if (response.status !== 201) throw new Error(`upload of ${pdf.name} refused (${response.status}): ${body.message ?? ''}`);
  return body;
}
