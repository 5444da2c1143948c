// `npm run bench -- --scenario pack-import [--pack-mb 1024]`: a pack of that size is generated on disk
// (never in memory, by a child process), then imported into a fresh hub while this process's RSS is sampled every 50 ms.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { PACK_FORMAT, PACK_VERSION, type PackDocument, type PackManifest } from '../shared/protocol/pack.ts';
import { openHubCore } from '../main/hub/core.ts';
import { importPack } from '../main/hub/packs/import.ts';
import { hubSigner, type HubSigner } from '../main/hub/packs/keys.ts';
import { DEFAULT_PACK_LIMITS } from '../main/hub/packs/limits.ts';
import { writePack } from '../main/hub/packs/write-pack.ts';
import { FIXTURES_DIR, manifest as corpus } from '../tests/support/fixtures.ts';
import type { Result } from './scenarios.ts';

const MB = 1024 * 1024;
/** Real documents of the corpus (Vietnamese, Cyrillic, CJK text, scans, odd page sizes), used in turn. */
const BASES = ['lshort-vi.pdf', 'multipage-scan.pdf', 'lshortru.pdf', 'poster.pdf', 'lshort-zh-cn.pdf', 'GeoTopo-komprimiert.pdf', 'cmyk-image.pdf', 'multicolumn.pdf'];
/** Sizes the documents are padded to, in turn: a mix of short reports and long annexes. */
const SIZES_MB = [2, 5, 9, 14, 4, 7];

/**
 * One distinct, valid PDF: a corpus file with a unique comment after its %%EOF, padded with comment lines
 * of random hex (no `startxref` can appear in them, so pdf.js finds the file's own). Written in 1 MB chunks.
 */
async function writeDocument(path: string, base: Buffer, index: number, bytes: number): Promise<{ sha256: string; bytes: number }> {
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let written = 0;
  const write = async (chunk: Buffer) => {
    hash.update(chunk);
    written += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(base);
  await write(Buffer.from(`\n% roundtable bench document ${index}\n`));
  while (written < bytes) {
    const hex = randomBytes(Math.min(MB / 2, Math.ceil((bytes - written) / 2))).toString('hex');
    await write(Buffer.from(`%${hex.slice(0, Math.max(0, bytes - written - 2))}\n`));
  }
  out.end();
  await once(out, 'finish');
  return { sha256: hash.digest('hex'), bytes: written };
}

/** Writes a signed pack of about `packMb` MB into `dir`, one document file at a time (deleted once packed). */
export async function generatePack(dir: string, packMb: number, signer: HubSigner): Promise<{ file: string; bytes: number; documents: number }> {
  const pages = new Map(corpus().map((r) => [r.file, r.pages]));
  const bases = BASES.map((f) => ({ file: f, bytes: readFileSync(join(FIXTURES_DIR, f)), pages: pages.get(f)! }));
  const docs = join(dir, 'documents');
  mkdirSync(docs);
  const documents: PackDocument[] = [];
  const paths = new Map<string, string>();
  let total = 0;
  for (let i = 0; total < packMb * MB; i++) {
    const base = bases[i % bases.length]!;
    const path = join(docs, `${i}.pdf`);
    // The last one takes what is left, never less than its own PDF.
    const size = Math.max(base.bytes.length + 64, Math.min(SIZES_MB[i % SIZES_MB.length]! * MB, packMb * MB - total));
    const file = await writeDocument(path, base.bytes, i, size);
    paths.set(file.sha256, path);
    total += file.bytes;
    documents.push({ id: `doc-${i}`, itemId: 'item-1', title: `Tài liệu ${i + 1} (${base.file})`, ...file, pages: base.pages, access: { kind: 'all' } });
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meeting: { id: 'bench-pack', title: 'Đại hội đại biểu (bench)', date: '2026-12-10', place: '', quorumRule: { kind: 'majority' } },
    agenda: [{ id: 'item-1', title: 'Tài liệu đại hội', description: '', durationMinutes: null, children: [] }],
    documents,
    delegates: Array.from({ length: 1500 }, (_, n) => ({ id: `d${n}`, fullName: `Đại biểu số ${n + 1}`, title: '', organisation: 'Đoàn đại biểu', group: `Tổ ${(n % 30) + 1}`, seat: `${n + 1}` })),
    createdAt: new Date().toISOString(),
    hub: { id: signer.hubId, publicKey: signer.publicKey },
  };
  const file = join(dir, 'bench.rtpack');
  await writePack(manifest, signer, (sha256) => paths.get(sha256)!, createWriteStream(file));
  rmSync(docs, { recursive: true, force: true });
  return { file, bytes: statSync(file).size, documents: documents.length };
}

export async function packImport(packMb: number): Promise<Result[]> {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-bench-pack-'));
  try {
    // Generated in a child process, signed by the hub's own key: this process's memory is as a hub's before the import.
    const generated = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, String(packMb)], { encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(`generating the pack failed: ${generated.stderr}`);
    const pack = JSON.parse(generated.stdout) as { file: string; bytes: number; documents: number };
    const hub = openHubCore({ dataDir: join(dir, 'hub'), logToConsole: false });

    // Settle, then the baseline; the peak is sampled every 50 ms while the import runs.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    const result = await importPack(hub, pack.file, { limits: { ...DEFAULT_PACK_LIMITS, maxPackBytes: Math.max(DEFAULT_PACK_LIMITS.maxPackBytes, pack.bytes) } });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    await hub.close();
    if (result.documents !== pack.documents) throw new Error(`imported ${result.documents} documents of ${pack.documents}`);

    const scenario = `pack import, ${Math.round(pack.bytes / MB)} MB, ${pack.documents} PDFs, 1,500 delegates`;
    return [
      { scenario, measure: 'import time (every PDF hashed and opened with pdf.js)', value: `${seconds.toFixed(1)} s (${(pack.bytes / MB / seconds).toFixed(1)} MB/s)`, target: '—' },
      { scenario, measure: "hub's peak RSS rise", value: `${((peak - baseline) / MB).toFixed(0)} MB`, target: '< 150 MB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node bench/pack-import.ts <dir> <mb>`: the generating half, run by packImport in its own process.
if (import.meta.main) {
  const [dir, mb] = process.argv.slice(2);
  const hub = openHubCore({ dataDir: join(dir!, 'hub'), logToConsole: false });
  const pack = await generatePack(dir!, Number(mb), hubSigner(hub.store));
  await hub.close();
  process.stdout.write(JSON.stringify(pack));
}
