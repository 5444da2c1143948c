import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import type { PackManifest } from '../../shared/protocol/pack.ts';
import { openHubCore, type HubCore } from '../../main/hub/core.ts';
import { buildPack } from '../../main/hub/packs/build.ts';
import { hubSigner } from '../../main/hub/packs/keys.ts';
import { writePack } from '../../main/hub/packs/write-pack.ts';
import { contentBombPdf, imageBombPdf, lyingXlsx, manyPartsXlsx, nestedFormsPdf, overlappingXlsx, plainPdf } from '../support/bombs.ts';
import { connect, ok, startTestHub, tempDir, type TestHub, type TestSocket } from '../support/hub.ts';

const MB = 1024 * 1024;
const GiB = 1024 * MB;
/** How far the hub's process may grow while it refuses bombs (each decompresses to a gigabyte or more). */
const RSS_BOUND = 150 * MB;

/** The process's peak resident memory over its level before `work`: the hub runs in this process. */
async function rssRise<T>(work: () => Promise<T>): Promise<{ value: T; rise: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    const value = await work();
    return { value, rise: Math.max(peak, process.memoryUsage.rss()) - before };
  } finally {
    clearInterval(sampler);
  }
}

const XLSX_BOMBS: [string, () => Buffer][] = [
  ['a sheet whose zip entry says 4 KB and inflates to 1 GiB', () => lyingXlsx(GiB)],
  ['a sheet that says it is 1 GiB', () => lyingXlsx(GiB, GiB)],
  ['shared strings that inflate to 4 GiB', () => lyingXlsx(4 * GiB, 100, 'xl/sharedStrings.xml')],
  ['a part no reader needs that inflates to 1 GiB', () => lyingXlsx(GiB, 100, 'xl/media/image1.png')],
  ['200 entries over the same 16 MB (overlapping files, 3 GiB in all)', () => overlappingXlsx(200, 16 * MB)],
  ['60,000 parts', () => manyPartsXlsx(60_000)],
];

const PDF_BOMBS: [string, () => Buffer][] = [
  ['a content stream that inflates to 1 GiB', () => contentBombPdf(GiB)],
  ['an image of 16,000 × 16,000 pixels', () => imageBombPdf(16_000)],
  ['forms nested nine deep (10^9 lines)', () => nestedFormsPdf(9)],
];

describe('hostile: decompression bombs are refused with a reason, store nothing, and leave the hub small and answering', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let token: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });

  const preview = (body: Uint8Array, name = 'danh-sach.xlsx') =>
    fetch(`${t.hub.url}/api/meetings/m/delegates/preview?name=${encodeURIComponent(name)}&lang=en`, { method: 'POST', headers: auth(), body: new Uint8Array(body) });
  const upload = (body: Uint8Array) => fetch(`${t.hub.url}/api/documents`, { method: 'POST', headers: auth(), body: new Uint8Array(body) });
  const blobFiles = () => readdirSync(join(t.dataDir, 'blobs')).filter((f) => f !== '.incoming').sort();
  const staged = () => readdirSync(join(t.dataDir, 'blobs', '.incoming'));
  const delegates = async () => {
    const opened = await ok(secretariat, 'meeting.open', { meetingId: 'm' });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    return opened.data.snapshot.delegates;
  };
  async function expectHealthy() {
    const res = await fetch(`${t.hub.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  }

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await connect(t.hub.url);
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    await ok(secretariat, 'meeting.create', { id: 'm', title: 'Kỳ họp thứ Mười', date: '2026-12-10' });
    // Warm up both paths (the first request loads the code behind them), so the memory measured is the bombs'.
    expect((await preview(lyingXlsx(MB))).status).toBe(200);
    expect((await upload(plainPdf())).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    secretariat?.disconnect();
    await t?.stop();
  });

  describe('delegate lists (XLSX) that unpack to far more than they are', () => {
    it.each(XLSX_BOMBS)('%s: 413 payload_too_large with the reason, no delegate', async (_, make) => {
      const bomb = make();
      expect(bomb.length).toBeLessThan(10 * MB);
      const { value: res, rise } = await rssRise(() => preview(bomb));
      expect(res.status).toBe(413);
      const body = (await res.json()) as { ok: boolean; code: string; message: string };
      expect(body).toMatchObject({ ok: false, code: 'payload_too_large' });
      expect(body.message).toMatch(/^The workbook (unpacks to more than \d+ MB|is made of [\d,]+ parts)/);
      expect(rise).toBeLessThan(RSS_BOUND);
      expect(await delegates()).toEqual([]);
      await expectHealthy();
    });

    it('three at once, in Vietnamese: each refused, the hub grows by less than one bound', async () => {
      const bombs = [lyingXlsx(GiB), overlappingXlsx(200, 16 * MB), lyingXlsx(4 * GiB, 100, 'xl/sharedStrings.xml')];
      const { value: answers, rise } = await rssRise(() =>
        Promise.all(
          bombs.map(async (bomb) => {
            const res = await fetch(`${t.hub.url}/api/meetings/m/delegates/preview?name=ds.xlsx&lang=vi`, { method: 'POST', headers: auth(), body: new Uint8Array(bomb) });
            return { status: res.status, body: (await res.json()) as { code: string; message: string } };
          }),
        ),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(413);
        expect(answer.body.code).toBe('payload_too_large');
        expect(answer.body.message).toMatch(/^Tệp Excel khi giải nén vượt quá \d+ MB/);
      }
      expect(rise).toBeLessThan(RSS_BOUND);
      expect(await delegates()).toEqual([]);
      await expectHealthy();
    });

    it('an honest list still previews after them', async () => {
      const res = await preview(readFileSync(join(import.meta.dirname, '../fixtures/delegates/names.xlsx')));
      expect(res.status).toBe(200);
      const body = (await res.json()) as DelegateImport;
      expect(body.fileErrors).toEqual([]);
      expect(body.rows.length).toBeGreaterThan(0);
    });
  });

  describe('PDFs that decode to more than a tablet can draw', () => {
    it.each(PDF_BOMBS)('%s: 422 bad_document, reason too_heavy, no blob', async (_, make) => {
      const before = blobFiles();
      const { value: res, rise } = await rssRise(() => upload(make()));
      expect(res.status).toBe(422);
      const body = (await res.json()) as { ok: boolean; code: string; reason: string; message: string };
      expect(body).toMatchObject({ ok: false, code: 'bad_document', reason: 'too_heavy' });
      expect(body.message).toMatch(/more than .* (MB of memory|s to draw).*; it was refused\.$/);
      expect(rise).toBeLessThan(RSS_BOUND);
      expect(blobFiles()).toEqual(before);
      expect(staged()).toEqual([]);
      await expectHealthy();
    }, 60_000);

    it('three at once: each refused, the hub grows by less than one bound', async () => {
      const before = blobFiles();
      const bombs = PDF_BOMBS.map(([, make]) => make());
      const { value: answers, rise } = await rssRise(() =>
        Promise.all(bombs.map(async (bomb) => (await upload(bomb)).json() as Promise<{ code: string; reason: string }>)),
      );
      expect(answers.map((a) => [a.code, a.reason])).toEqual(bombs.map(() => ['bad_document', 'too_heavy']));
      expect(rise).toBeLessThan(RSS_BOUND);
      expect(blobFiles()).toEqual(before);
      await expectHealthy();
    }, 90_000);
  });

  describe('inside a meeting pack', () => {
    let dir: { path: string; remove(): void };
    let signer: HubCore;
    beforeAll(() => {
      dir = tempDir('roundtable-bomb-pack-');
      signer = openHubCore({ dataDir: join(dir.path, 'hub-a'), logToConsole: false });
    });
    afterAll(async () => {
      await signer?.close();
      dir?.remove();
    });

    /** A folder of one honest PDF, and a delegate list when given. */
    function folder(name: string, delegates?: Buffer): string {
      const root = join(dir.path, name);
      mkdirSync(root, { recursive: true });
      writeFileSync(join(root, 'to-trinh.pdf'), plainPdf());
      if (delegates) writeFileSync(join(root, 'dai-bieu.xlsx'), delegates);
      const meeting = { id: name, title: 'Kỳ họp bất thường', date: '2026-12-10', documents: [{ file: 'to-trinh.pdf', title: 'Tờ trình' }] };
      writeFileSync(join(root, 'meeting.json'), JSON.stringify(delegates ? { ...meeting, delegates: 'dai-bieu.xlsx' } : meeting));
      return root;
    }

    it('a signed pack whose document is a PDF bomb: refused with the document named, nothing imported', async () => {
      const built = await buildPack(folder('bom-pdf'), join(dir.path, 'honest.rtpack'), { signer: hubSigner(signer.store) });
      const bomb = contentBombPdf(GiB);
      const bombPath = join(dir.path, 'bomb.pdf');
      writeFileSync(bombPath, bomb);
      const sha256 = createHash('sha256').update(bomb).digest('hex');
      const manifest: PackManifest = { ...built, documents: built.documents.map((d) => ({ ...d, sha256, bytes: bomb.length })) };
      const packPath = join(dir.path, 'bomb.rtpack');
      await writePack(manifest, hubSigner(signer.store), () => bombPath, createWriteStream(packPath));

      const before = blobFiles();
      const { value: res, rise } = await rssRise(() =>
        fetch(`${t.hub.url}/api/packs?trust=1`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/zip' }, body: new Uint8Array(readFileSync(packPath)) }),
      );
      expect(res.status).toBe(422);
      const body = (await res.json()) as { code: string; problems: string[] };
      expect(body.code, JSON.stringify(body)).toBe('bad_document');
      expect(body.problems.join('\n')).toMatch(new RegExp(`documents/${sha256}\\.pdf: refused .*more than .* (MB of memory|s to draw)`));
      expect(rise).toBeLessThan(RSS_BOUND);
      expect((await ok(secretariat, 'meeting.list', {})).data.meetings.map((m) => m.id)).not.toContain('bom-pdf');
      expect(blobFiles()).toEqual(before);
      // The received pack file is removed just after the answer is sent.
      for (let i = 0; i < 40 && staged().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(staged()).toEqual([]);
      await expectHealthy();
    }, 60_000);

    it("a meeting folder whose delegate list is a zip bomb: the pack is not built, the list's reason given", async () => {
      const refused = await buildPack(folder('bom-xlsx', lyingXlsx(GiB)), join(dir.path, 'never.rtpack'), { signer: hubSigner(signer.store) }).then(
        () => null,
        (error: unknown) => error as { code?: string; problems?: { entry: string | null; message: string }[] },
      );
      expect(refused?.code).toBe('bad_folder');
      expect(refused?.problems).toEqual([{ entry: 'dai-bieu.xlsx', message: expect.stringMatching(/^The workbook unpacks to more than \d+ MB/) }]);
    }, 60_000);
  });
});
