import { copyFileSync, createWriteStream, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY, type PackManifest } from '../../shared/protocol/pack.ts';
import { openHubCore, type HubCore } from '../../main/hub/core.ts';
import { buildPack } from '../../main/hub/packs/build.ts';
import { importPack } from '../../main/hub/packs/import.ts';
import { fingerprint, hubSigner, trustKey } from '../../main/hub/packs/keys.ts';
import { DEFAULT_PACK_LIMITS, setMaxPackMb } from '../../main/hub/packs/limits.ts';
import { PackError, problemLine } from '../../main/hub/packs/problems.ts';
import { verifyPack } from '../../main/hub/packs/verify.ts';
import { manifestBytes, signatureBytes, signatureFile, writePack } from '../../main/hub/packs/write-pack.ts';
import { openStore } from '../../main/hub/store/store.ts';
import { FIXTURES_DIR, manifest as corpus } from '../support/fixtures.ts';
import { ok, pairedDevice, signIn, staffSession, startTestHub, tempDir } from '../support/hub.ts';

/** Valid PDFs of the corpus, small enough to keep the suite quick; lshort-vi is Vietnamese text. */
const PDFS = ['002-trivial-libre-office-writer.pdf', 'multicolumn.pdf', 'habibi-rotated.pdf', 'annotated_pdf.pdf', 'lshort-vi.pdf'];
const pagesOf = (file: string) => corpus().find((r) => r.file === file)!.pages!;

// UTF-8 with a BOM, as Excel saves it; the names are typed decomposed (NFD) to check they are stored as NFC.
const DELEGATES_CSV = `\uFEFFSTT,Họ và tên,Chức vụ,Đơn vị,Tổ,Ghế
1,${'Nguyễn Thị Thu Hằng'.normalize('NFD')},Đại biểu,Đoàn ĐBQH tỉnh Thừa Thiên Huế,Tổ 1,A01
2,Trần Văn Đức,Phó Chủ tịch,UBND thành phố Đà Nẵng,Tổ 1,A02
3,Lê Hoàng Yến,Đại biểu,Sở Tư pháp Hà Nội,Tổ 2,A03
`;

/** A meeting folder as a secretariat prepares it: meeting.json, the PDFs it names, delegates.csv. */
function meetingFolder(root: string, id = 'ky-hop-12'): string {
  const folder = join(root, `folder-${id}`);
  mkdirSync(join(folder, 'tai-lieu'), { recursive: true });
  for (const f of PDFS) copyFileSync(join(FIXTURES_DIR, f), join(folder, 'tai-lieu', f));
  writeFileSync(join(folder, 'delegates.csv'), DELEGATES_CSV);
  const meeting = {
    id,
    title: 'Kỳ họp thứ 12 Hội đồng nhân dân',
    date: '2026-12-10',
    place: 'Hội trường tầng 3',
    quorumRule: { kind: 'twoThirds' },
    documents: [{ file: 'tai-lieu/002-trivial-libre-office-writer.pdf', id: 'chuong-trinh', title: 'Chương trình kỳ họp' }],
    agenda: [
      { id: 'khai-mac', title: 'Khai mạc', durationMinutes: 15, documents: [{ file: 'tai-lieu/multicolumn.pdf', title: 'Diễn văn khai mạc' }] },
      {
        id: 'thao-luan',
        title: 'Thảo luận',
        children: [
          { title: 'Báo cáo kinh tế - xã hội', documents: [{ file: 'tai-lieu/lshort-vi.pdf', title: 'Báo cáo', access: { groups: ['Tổ 1'] } }] },
          { title: 'Ý kiến đại biểu', documents: [{ file: 'tai-lieu/habibi-rotated.pdf', access: 'staff' }, { file: 'tai-lieu/annotated_pdf.pdf' }] },
        ],
      },
      // The same file under a second item: stored once in the pack.
      { title: 'Bế mạc', documents: [{ file: 'tai-lieu/multicolumn.pdf', title: 'Diễn văn bế mạc' }] },
    ],
  };
  writeFileSync(join(folder, 'meeting.json'), JSON.stringify(meeting, null, 2));
  return folder;
}

/** The meeting is not there and no blob, staged file or row came in: what "nothing imported" means. */
function expectNothingImported(core: HubCore, meetingId: string, blobsBefore: string[]) {
  expect(core.store.getMeeting(meetingId)).toBeNull();
  expect(readdirSync(core.blobs.root).filter((f) => f !== '.incoming').sort()).toEqual(blobsBefore);
  expect(readdirSync(join(core.blobs.root, '.incoming'))).toEqual([]);
}
const blobFiles = (core: HubCore) => readdirSync(core.blobs.root).filter((f) => f !== '.incoming').sort();

async function refusal(promise: Promise<unknown>): Promise<PackError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the import should have been refused').toBeInstanceOf(PackError);
  return error as PackError;
}

/** A zip written byte by byte (stored entries), for what yazl refuses to write: hostile names, duplicates, gaps. */
function rawZip(entries: { name: string | Buffer; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const crc = crc32(e.data);
    // The fields both headers share (version needed, flags, method 0, time 0, CRC, sizes, name length), at their offsets.
    const header = (signature: number, size: number, at: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      [20, 0x0800].forEach((v, i) => b.writeUInt16LE(v, at + 2 * i));
      [crc, e.data.length, e.data.length].forEach((v, i) => b.writeUInt32LE(v, at + 10 + 4 * i));
      b.writeUInt16LE(name.length, at + 22);
      return b;
    };
    const local = header(0x04034b50, 30, 4);
    const central = header(0x02014b50, 46, 6);
    central.writeUInt16LE(0x033f, 4);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** What a careful forger does after changing bytes: recompute every entry's CRC-32 where the zip keeps it. */
function forgeCrc(zip: Buffer): void {
  const end = zip.length - 22;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const flags = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26);
    const crc = crc32(zip.subarray(dataAt, dataAt + size));
    zip.writeUInt32LE(crc, at + 16);
    if (flags & 0x08) zip.writeUInt32LE(crc, dataAt + size + 4);
    else zip.writeUInt32LE(crc, local + 14);
    at += 46 + zip.readUInt16LE(at + 28);
  }
}

/** A signed pack whose manifest is whatever the test says (write-pack does not check it: the reader must). */
async function signedPack(core: HubCore, file: string, manifest: PackManifest, pathOf: (sha256: string) => string): Promise<string> {
  await writePack(manifest, hubSigner(core.store), pathOf, createWriteStream(file));
  return file;
}

const sha256Of = async (bytes: Buffer) => (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');

describe('meeting packs (.rtpack)', () => {
  let dir: { path: string; remove(): void };
  let secretariatHub: HubCore; // the hub that builds and signs (hub A)
  let roomHub: HubCore; // a fresh hub that imports in-process (hub B)
  let folder: string;
  let good: string;
  let built: PackManifest;
  /** The folder's file behind a sha256 of the pack. */
  let pathOfSha: (sha256: string) => string;

  beforeAll(async () => {
    dir = tempDir('roundtable-packs-');
    secretariatHub = openHubCore({ dataDir: join(dir.path, 'hub-a'), logToConsole: false });
    roomHub = openHubCore({ dataDir: join(dir.path, 'hub-b'), logToConsole: false });
    folder = meetingFolder(dir.path);
    good = join(dir.path, 'ky-hop-12.rtpack');
    built = await buildPack(folder, good, { signer: hubSigner(secretariatHub.store) });
    const bySha = new Map<string, string>();
    for (const f of PDFS) bySha.set(await sha256Of(readFileSync(join(folder, 'tai-lieu', f))), join(folder, 'tai-lieu', f));
    pathOfSha = (sha256) => bySha.get(sha256)!;
  }, 60_000);
  afterAll(async () => {
    await secretariatHub?.close();
    await roomHub?.close();
    dir?.remove();
  });

  it('builds from a meeting folder: agenda tree, every PDF opened and stored once by sha256, delegates in NFC, signed', async () => {
    expect(built.meeting).toEqual({ id: 'ky-hop-12', title: 'Kỳ họp thứ 12 Hội đồng nhân dân', date: '2026-12-10', place: 'Hội trường tầng 3', quorumRule: { kind: 'twoThirds' } });
    expect(built.agenda.map((i) => i.title)).toEqual(['Khai mạc', 'Thảo luận', 'Bế mạc']);
    expect(built.agenda[1]!.children.map((i) => i.title)).toEqual(['Báo cáo kinh tế - xã hội', 'Ý kiến đại biểu']);
    expect(built.documents.map((d) => [d.title, d.pages])).toEqual([
      ['Chương trình kỳ họp', pagesOf('002-trivial-libre-office-writer.pdf')],
      ['Diễn văn khai mạc', pagesOf('multicolumn.pdf')],
      ['Báo cáo', pagesOf('lshort-vi.pdf')],
      ['habibi-rotated', pagesOf('habibi-rotated.pdf')],
      ['annotated_pdf', pagesOf('annotated_pdf.pdf')],
      ['Diễn văn bế mạc', pagesOf('multicolumn.pdf')],
    ]);
    expect(built.documents[2]!.access).toEqual({ kind: 'groups', groups: ['Tổ 1'] });
    expect(built.documents[3]!.access).toEqual({ kind: 'staff' });
    expect(built.delegates.map((d) => [d.fullName, d.organisation, d.group, d.seat])).toEqual([
      ['Nguyễn Thị Thu Hằng'.normalize('NFC'), 'Đoàn ĐBQH tỉnh Thừa Thiên Huế', 'Tổ 1', 'A01'],
      ['Trần Văn Đức', 'UBND thành phố Đà Nẵng', 'Tổ 1', 'A02'],
      ['Lê Hoàng Yến', 'Sở Tư pháp Hà Nội', 'Tổ 2', 'A03'],
    ]);
    expect(built.hub).toEqual({ id: secretariatHub.hubId, publicKey: hubSigner(secretariatHub.store).publicKey });
    // Five distinct files: the opening and closing speeches are the same bytes.
    const report = await verifyPack(good);
    expect(report.problems).toEqual([]);
    expect(report.signer).toEqual({ hubId: secretariatHub.hubId, fingerprint: fingerprint(built.hub.publicKey) });
  });

  it('imports into a fresh hub over HTTP, and every document downloads byte-identical', async () => {
    const t = await startTestHub();
    try {
      const staff = await signIn(t.hub.url, t.passcode, 'secretariat');
      const token = (await ok(staff, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
      const post = (query = '') =>
        fetch(`${t.hub.url}/api/packs${query}`, { method: 'POST', body: readFileSync(good), headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/zip' } });

      // Another hub's key: refused until the secretariat says they know where it comes from.
      const untrusted = await post();
      expect(untrusted.status).toBe(403);
      const refusedBody = (await untrusted.json()) as { reason: string; message: string };
      expect(refusedBody.reason).toBe('untrusted');
      expect(refusedBody.message).toContain(`signed by hub ${secretariatHub.hubId} (key ${fingerprint(built.hub.publicKey)}), not known here`);
      expect((await ok(staff, 'meeting.list', {})).data.meetings).toEqual([]);

      const res = await post('?trust=1');
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({
        ok: true,
        meetingId: 'ky-hop-12',
        replaced: false,
        agendaItems: 5,
        documents: 6,
        delegates: 3,
        signer: { hubId: secretariatHub.hubId, trust: 'explicit' },
      });
      const opened = await ok(staff, 'meeting.open', { meetingId: 'ky-hop-12' });
      if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
      const snapshot = opened.data.snapshot;
      expect(snapshot.meeting.title).toBe('Kỳ họp thứ 12 Hội đồng nhân dân');
      expect(snapshot.delegates.map((d) => d.fullName).sort()).toEqual(['Lê Hoàng Yến', 'Nguyễn Thị Thu Hằng', 'Trần Văn Đức']);
      expect(snapshot.documents).toHaveLength(6);
      for (const doc of snapshot.documents) {
        const source = built.documents.find((d) => d.id === doc.id)!;
        const file = pathOfSha(source.sha256);
        const body = Buffer.from(await (await fetch(`${t.hub.url}/api/documents/${doc.sha256}`, { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer());
        expect(body.equals(readFileSync(file)), doc.title).toBe(true);
        expect(await sha256Of(body)).toBe(source.sha256);
      }

      // Exported as this hub sees it, then imported back over itself: replace is explicit.
      const exported = await fetch(`${t.hub.url}/api/meetings/ky-hop-12/pack`, { headers: { Authorization: `Bearer ${token}` } });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toBe('application/zip');
      expect(exported.headers.get('content-disposition')).toBe('attachment; filename="ky-hop-12.rtpack"');
      const again = join(dir.path, 'exported.rtpack');
      writeFileSync(again, Buffer.from(await exported.arrayBuffer()));
      const report = await verifyPack(again);
      expect(report.problems).toEqual([]);
      expect(report.manifest!.documents.map((d) => d.sha256)).toEqual(built.documents.map((d) => d.sha256));
      expect(report.manifest!.hub.id).not.toBe(secretariatHub.hubId);
      const body = () => readFileSync(again);
      const conflict = await fetch(`${t.hub.url}/api/packs`, { method: 'POST', body: body(), headers: { Authorization: `Bearer ${token}` } });
      expect(conflict.status).toBe(409);
      expect(await conflict.json()).toMatchObject({ reason: 'conflict', message: 'meeting "ky-hop-12" exists already on this hub: import with replace to replace it' });
      const replaced = await fetch(`${t.hub.url}/api/packs?replace=1`, { method: 'POST', body: body(), headers: { Authorization: `Bearer ${token}` } });
      expect(replaced.status).toBe(201);
      // Its own key now: trusted without asking.
      expect(await replaced.json()).toMatchObject({ replaced: true, signer: { trust: 'this-hub' } });

      // Only the secretariat: no token, a tablet's device token, the chair.
      const tablet = await pairedDevice(t.hub.url, t.passcode);
      const { socket: chair, token: chairToken } = await staffSession(t.hub.url, t.passcode, 'chair');
      for (const [auth, status] of [[null, 401], [tablet.deviceToken, 401], [chairToken, 403]] as const) {
        const headers: Record<string, string> = auth ? { Authorization: `Bearer ${auth}` } : {};
        const up = await fetch(`${t.hub.url}/api/packs?trust=1&replace=1`, { method: 'POST', body: body(), headers });
        const down = await fetch(`${t.hub.url}/api/meetings/ky-hop-12/pack`, { headers });
        expect([up.status, down.status]).toEqual([status, status]);
        expect(await down.json()).toMatchObject({ ok: false, code: status === 401 ? 'not_signed_in' : 'forbidden' });
      }
      const missing = await fetch(`${t.hub.url}/api/meetings/no-such-meeting/pack`, { headers: { Authorization: `Bearer ${token}` } });
      expect(missing.status).toBe(404);

      // The hub's configured limit, before a byte is stored.
      const store = openStore(join(t.dataDir, 'roundtable.db'));
      setMaxPackMb(store, 1);
      store.close();
      const big = await fetch(`${t.hub.url}/api/packs?replace=1`, { method: 'POST', body: body(), headers: { Authorization: `Bearer ${token}` } });
      expect(big.status).toBe(413);
      expect(await big.json()).toMatchObject({ ok: false, code: 'payload_too_large', reason: 'too_large', message: 'the pack is larger than the 1 MB this hub accepts' });
      tablet.socket.disconnect();
      chair.disconnect();
      staff.disconnect();
    } finally {
      await t.stop();
    }
  }, 120_000);

  it('imports in-process once the signer is trusted, and counts the import as one revision', async () => {
    const before = blobFiles(roomHub);
    const refused = await refusal(importPack(roomHub, good));
    expect(refused.code).toBe('untrusted');
    expectNothingImported(roomHub, 'ky-hop-12', before);
    trustKey(roomHub.store, secretariatHub.hubId, built.hub.publicKey);
    const result = await importPack(roomHub, good);
    expect(result).toMatchObject({ meetingId: 'ky-hop-12', revision: 1, documents: 6, delegates: 3, signer: { trust: 'trusted-key' } });
    expect(blobFiles(roomHub)).toHaveLength(5);
  }, 60_000);

  describe('a pack changed by one byte is refused by verify and import, naming what is wrong', () => {
    const lshort = () => built.documents.find((d) => d.title === 'Báo cáo')!;
    // Where to change a byte (found in the pack's own bytes), and what the refusal must say once the
    // zip's CRC-32 is forged to match (a careless change is caught by the CRC alone, see below).
    const places = [
      { what: 'the manifest (a title)', at: (b: Buffer) => b.indexOf('Kỳ họp thứ 12'), line: 'signature.json: the signature does not match manifest.json: the manifest or the signature was changed' },
      { what: 'the manifest (a sha256)', at: (b: Buffer) => b.indexOf(`"sha256": "${lshort().sha256}"`) + 20, line: 'signature.json: the signature does not match manifest.json: the manifest or the signature was changed' },
      {
        what: 'a document',
        at: (b: Buffer) => b.indexOf(readFileSync(join(FIXTURES_DIR, 'lshort-vi.pdf')).subarray(0, 200)) + 100_000,
        line: () => `documents/${lshort().sha256}.pdf: sha256 mismatch: the bytes are not the ones the manifest lists ("Báo cáo" was changed or damaged)`,
      },
      { what: 'the signature', at: (b: Buffer) => b.indexOf('"signature": "') + 20, line: 'signature.json: the signature does not match manifest.json: the manifest or the signature was changed' },
    ];

    for (const place of places) {
      it(`changing ${place.what}, CRC-32 forged to match`, async () => {
        const bytes = readFileSync(good);
        const at = place.at(bytes);
        expect(at).toBeGreaterThan(20);
        // Another letter: the text stays valid JSON and base64url, so the check that fails is the one that matters.
        bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
        forgeCrc(bytes);
        const file = join(dir.path, `changed-${place.what.replace(/\W+/g, '-')}.rtpack`);
        writeFileSync(file, bytes);
        const line = typeof place.line === 'function' ? place.line() : place.line;
        expect((await verifyPack(file)).problems.map(problemLine)).toContain(line);

        const fresh = openHubCore({ dataDir: join(dir.path, `fresh-${place.what.replace(/\W+/g, '-')}`), logToConsole: false });
        try {
          const before = blobFiles(fresh);
          const error = await refusal(importPack(fresh, file, { trust: true }));
          expect(error.code).toBe('bad_pack');
          expect(error.problems.map(problemLine)).toContain(line);
          expectNothingImported(fresh, 'ky-hop-12', before);
        } finally {
          await fresh.close();
        }
      }, 60_000);
    }

    it('a byte changed without forging the CRC-32: the zip check names the entry', async () => {
      const bytes = readFileSync(good);
      const start = bytes.indexOf(readFileSync(join(FIXTURES_DIR, 'lshort-vi.pdf')).subarray(0, 200));
      bytes[start + 100_000] = bytes[start + 100_000]! ^ 0x20;
      const m = bytes.indexOf('Kỳ họp thứ 12');
      bytes[m] = bytes[m]! ^ 0x01;
      const file = join(dir.path, 'doc-changed.rtpack');
      writeFileSync(file, bytes);
      const damaged = 'its data does not match its CRC-32: the pack is damaged or was altered';
      // A manifest that cannot be read stops the check there.
      expect((await verifyPack(file)).problems.map(problemLine)).toEqual([`manifest.json: unreadable (${damaged})`]);
      bytes[m] = bytes[m]! ^ 0x01;
      writeFileSync(file, bytes);
      expect((await verifyPack(file)).problems.map(problemLine)).toEqual([`documents/${lshort().sha256}.pdf: unreadable ("Báo cáo"): ${damaged}`]);
      const fresh = openHubCore({ dataDir: join(dir.path, 'fresh-crc'), logToConsole: false });
      try {
        expect((await refusal(importPack(fresh, file, { trust: true }))).message).toBe(`documents/${lshort().sha256}.pdf: unreadable ("Báo cáo"): ${damaged}`);
        expectNothingImported(fresh, 'ky-hop-12', []);
      } finally {
        await fresh.close();
      }
    });

    it('every single bit of a small pack matters: flipping any one is refused', async () => {
      const small = join(dir.path, 'small');
      mkdirSync(small);
      copyFileSync(join(FIXTURES_DIR, 'annotated_pdf.pdf'), join(small, 'a.pdf'));
      writeFileSync(join(small, 'meeting.json'), JSON.stringify({ title: 'Họp tổ', date: '2026-12-01', agenda: [{ title: 'Mục 1', documents: [{ file: 'a.pdf' }] }] }));
      writeFileSync(join(small, 'delegates.csv'), 'Họ và tên,Ghế\nPhạm Minh Châu,B1\n');
      const file = join(dir.path, 'small.rtpack');
      await buildPack(small, file, { signer: hubSigner(secretariatHub.store) });
      const bytes = readFileSync(file);
      expect((await verifyPack(file)).problems).toEqual([]);
      const missed: number[] = [];
      const flipped = join(dir.path, 'flipped.rtpack');
      for (let i = 0; i < bytes.length; i++) {
        const copy = Buffer.from(bytes);
        copy[i] = copy[i]! ^ (1 << i % 8);
        writeFileSync(flipped, copy);
        if ((await verifyPack(flipped)).problems.length === 0) missed.push(i);
      }
      expect(missed, `of ${bytes.length} bytes`).toEqual([]);
    }, 120_000);
  });

  describe('refused whole, with the file and the reason, nothing imported', () => {
    let fresh: HubCore;
    let before: string[];
    beforeAll(() => {
      fresh = openHubCore({ dataDir: join(dir.path, 'fresh-refusals'), logToConsole: false });
      trustKey(fresh.store, secretariatHub.hubId, built.hub.publicKey);
      before = blobFiles(fresh);
    });
    afterAll(async () => fresh?.close());

    /** The good pack's manifest.json and signature.json bytes, and its documents, for hand-made zips. */
    const parts = () => {
      const m = manifestBytes(built);
      const sig = signatureBytes(signatureFile(hubSigner(secretariatHub.store), m));
      const docs = [...new Set(built.documents.map((d) => d.sha256))].map((sha) => ({ name: `documents/${sha}.pdf`, data: readFileSync(pathOfSha(sha)) }));
      return { m, sig, docs };
    };

    async function expectRefused(file: string, entry: string | RegExp, message: string | RegExp, code = 'bad_pack') {
      const report = await verifyPack(file);
      const lines = report.problems.map(problemLine);
      const matches = (l: string) => (typeof entry === 'string' ? l.startsWith(`${entry}: `) : entry.test(l)) && (typeof message === 'string' ? l.includes(message) : message.test(l));
      expect(lines.some(matches), `verify said:\n${lines.join('\n')}`).toBe(true);
      const error = await refusal(importPack(fresh, file));
      expect(error.code).toBe(code);
      expect(error.problems.map(problemLine).some(matches), `import said:\n${error.message}`).toBe(true);
      expectNothingImported(fresh, built.meeting.id, before);
    }

    for (const [name, trick] of [
      ['../x', 'climbs out of the pack'],
      ['documents/../../x.pdf', 'climbs out of the pack'],
      ['/etc/x', 'absolute path'],
      ['C:/Windows/x.pdf', 'absolute path'],
      ['c:x', 'absolute path'],
      ['documents\\..\\x.pdf', 'backslash'],
      ['..\\x', 'backslash'],
    ] as const) {
      it(`a zip-slip entry: ${name}`, async () => {
        const { m, sig, docs } = parts();
        const file = join(dir.path, `slip-${Buffer.from(name).toString('hex')}.rtpack`);
        writeFileSync(file, rawZip([{ name: MANIFEST_ENTRY, data: m }, { name: SIGNATURE_ENTRY, data: sig }, ...docs, { name, data: Buffer.from('pwned') }]));
        await expectRefused(file, /^[\w./-]+$/.test(name) ? name : JSON.stringify(name), trick);
      });
    }

    it('an entry name that is not UTF-8, and a duplicate entry', async () => {
      const { m, sig, docs } = parts();
      const bad = join(dir.path, 'bad-name.rtpack');
      writeFileSync(bad, rawZip([{ name: MANIFEST_ENTRY, data: m }, { name: SIGNATURE_ENTRY, data: sig }, ...docs, { name: Buffer.from([0x64, 0xff, 0x2e]), data: Buffer.from('x') }]));
      await expectRefused(bad, /^"d\uFFFD\."/, 'not valid UTF-8');
      const dup = join(dir.path, 'dup-entry.rtpack');
      writeFileSync(dup, rawZip([{ name: MANIFEST_ENTRY, data: m }, { name: SIGNATURE_ENTRY, data: sig }, ...docs, docs[0]!]));
      await expectRefused(dup, docs[0]!.name, 'duplicate entry');
    });

    it('a missing document file, and one the manifest does not list', async () => {
      const { m, sig, docs } = parts();
      const missing = join(dir.path, 'missing.rtpack');
      writeFileSync(missing, rawZip([{ name: MANIFEST_ENTRY, data: m }, { name: SIGNATURE_ENTRY, data: sig }, ...docs.slice(1)]));
      const title = built.documents.find((d) => docs[0]!.name.includes(d.sha256))!.title;
      await expectRefused(missing, docs[0]!.name, `missing: the manifest lists "${title}" but the pack does not hold its file`);
      const extraPdf = readFileSync(join(FIXTURES_DIR, 'habibi.pdf'));
      const extra = join(dir.path, 'extra.rtpack');
      const extraName = `documents/${await sha256Of(extraPdf)}.pdf`;
      writeFileSync(extra, rawZip([{ name: MANIFEST_ENTRY, data: m }, { name: SIGNATURE_ENTRY, data: sig }, ...docs, { name: extraName, data: extraPdf }]));
      await expectRefused(extra, extraName, 'unexpected entry: the manifest lists no document with these bytes');
      const unsigned = join(dir.path, 'unsigned.rtpack');
      writeFileSync(unsigned, rawZip([{ name: MANIFEST_ENTRY, data: m }, ...docs]));
      await expectRefused(unsigned, SIGNATURE_ENTRY, 'missing: a pack must be signed');
    });

    it('duplicate ids in a signed manifest', async () => {
      const twice = { ...built, documents: built.documents.map((d, i) => (i === 1 ? { ...d, id: built.documents[0]!.id } : d)) };
      const file = await signedPack(secretariatHub, join(dir.path, 'dup-ids.rtpack'), twice, pathOfSha);
      await expectRefused(file, MANIFEST_ENTRY, `documents.1.id: duplicate document id "${built.documents[0]!.id}"`);
      const delegates = { ...built, delegates: [...built.delegates, { ...built.delegates[0]!, seat: 'Z9' }] };
      const file2 = await signedPack(secretariatHub, join(dir.path, 'dup-delegates.rtpack'), delegates, pathOfSha);
      await expectRefused(file2, MANIFEST_ENTRY, `duplicate delegate id "${built.delegates[0]!.id}"`);
    });

    // Every file of the corpus that a room must refuse (encrypted, damaged so pdf.js throws, not a PDF), and an empty one.
    const refusedPdfs = corpus().filter((r) => r.expect === 'refuse');
    for (const row of refusedPdfs) {
      it(`a document the PDF check refuses: ${row.file} (${row.why})`, async () => {
        const bytes = readFileSync(join(FIXTURES_DIR, row.file));
        const sha256 = await sha256Of(bytes);
        const manifest: PackManifest = {
          ...built,
          documents: [{ id: 'bad', itemId: null, title: row.file, sha256, bytes: bytes.length, pages: 1, access: { kind: 'all' } }],
        };
        const path = join(dir.path, `doc-${row.file}`);
        writeFileSync(path, bytes);
        const file = await signedPack(secretariatHub, join(dir.path, `refused-${row.file}.rtpack`), manifest, () => path);
        await expectRefused(file, `documents/${sha256}.pdf`, new RegExp(`^documents/${sha256}\\.pdf: refused \\("${row.file.replace(/\./g, '\\.')}"\\): .+`), 'bad_document');
      }, 60_000);
    }

    it("a document the PDF check cannot finish within its time or memory limit (the checker's own process is stopped)", async () => {
      const lshort = built.documents.find((d) => d.title === 'Báo cáo')!;
      const slow = await refusal(importPack(fresh, good, { inspectLimits: { timeoutMs: 50, maxHeapMb: 512 } }));
      expect(slow.code).toBe('bad_document');
      expect(slow.message).toMatch(/^documents\/[0-9a-f]{64}\.pdf: refused \(".+"\): Opening the PDF took longer than 0\.05 s; it was refused\.$/);
      const big = await refusal(importPack(fresh, good, { inspectLimits: { timeoutMs: 60_000, maxHeapMb: 8 } }));
      expect(big.message).toContain('Opening the PDF needed more than 8 MB of memory; it was refused.');
      expect(lshort.pages).toBeGreaterThan(100);
      expectNothingImported(fresh, built.meeting.id, before);
    }, 60_000);

    it('an empty document: the signed manifest itself is refused', async () => {
      const manifest = { ...built, documents: [{ id: 'empty', itemId: null, title: 'Trống', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', bytes: 0, pages: 1, access: { kind: 'all' as const } }] };
      const path = join(dir.path, 'empty.pdf');
      writeFileSync(path, '');
      const file = await signedPack(secretariatHub, join(dir.path, 'empty.rtpack'), manifest, () => path);
      await expectRefused(file, MANIFEST_ENTRY, 'documents.0.bytes');
    });

    it('a pack over the configured size limit', async () => {
      const size = statSync(good).size;
      const limits = { ...DEFAULT_PACK_LIMITS, maxPackBytes: size - 1 };
      const report = await verifyPack(good, { limits });
      expect(report.problems.map(problemLine)).toEqual([expect.stringMatching(/^the pack is [\d.]+ MB, more than the [\d.]+ MB this hub accepts$/)]);
      const error = await refusal(importPack(fresh, good, { limits }));
      expect(error.code).toBe('too_large');
      // The hub's own setting is what an import uses by default.
      setMaxPackMb(fresh.store, 1);
      expect((await refusal(importPack(fresh, good))).code).toBe('too_large');
      setMaxPackMb(fresh.store, null);
      expectNothingImported(fresh, built.meeting.id, before);
    });

    it('a pack signed by another hub (its key not trusted here)', async () => {
      const other = openHubCore({ dataDir: join(dir.path, 'hub-c'), logToConsole: false });
      try {
        const file = join(dir.path, 'other-hub.rtpack');
        await buildPack(folder, file, { signer: hubSigner(other.store) });
        expect((await verifyPack(file)).problems).toEqual([]);
        const report = await verifyPack(file, { store: fresh.store });
        const expected = `signed by hub ${other.hubId} (key ${fingerprint(hubSigner(other.store).publicKey)}), not known here`;
        expect(report.problems.map(problemLine)).toEqual([expected]);
        const error = await refusal(importPack(fresh, file));
        expect(error.code).toBe('untrusted');
        expect(error.message).toBe(`${expected}: import it only if you know where it comes from (trust its signer)`);
        expectNothingImported(fresh, built.meeting.id, before);
        // A key claimed in the manifest but not the one that signed: the signature says so.
        const forged = { ...built, hub: { id: other.hubId, publicKey: hubSigner(other.store).publicKey } };
        const m = manifestBytes(forged);
        const sig = signatureBytes(signatureFile(hubSigner(secretariatHub.store), m));
        const forgedFile = join(dir.path, 'forged.rtpack');
        writeFileSync(forgedFile, rawZip([{ name: MANIFEST_ENTRY, data: m }, { name: SIGNATURE_ENTRY, data: sig }, ...parts().docs]));
        await expectRefused(forgedFile, SIGNATURE_ENTRY, 'signed with another key than the one the manifest names');
      } finally {
        await other.close();
      }
    }, 60_000);
  });
});
