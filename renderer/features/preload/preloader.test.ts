import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Preloader, type PreloadDeps, type ReportInput } from './preloader.ts';
import { createSha256 } from './hasher.ts';
import { openDeviceLibrary, type DeviceLibrary } from './library.ts';
import { bytesOf, FakeDocumentHub, plan, planDocument, sha256Hex } from './testing.ts';

const CHUNK = 64 * 1024;
let dbCount = 0;
const running: Preloader[] = [];

afterEach(() => {
  for (const preloader of running.splice(0)) preloader.dispose();
});

async function setup(hub: FakeDocumentHub, overrides: Partial<PreloadDeps> & { library?: DeviceLibrary } = {}) {
  const library = overrides.library ?? (await openDeviceLibrary(`preload-test-${++dbCount}`));
  const reports: ReportInput[] = [];
  const preloader = new Preloader({
    library,
    request: hub.request,
    createHasher: createSha256,
    report: async (input) => void reports.push(structuredClone(input)),
    chunkBytes: CHUNK,
    reportEveryMs: 50,
    notifyEveryMs: 10,
    retryDelaysMs: [10, 20],
    ...overrides,
  });
  running.push(preloader);
  await preloader.start();
  return { library, preloader, reports };
}

/** Waits for the reports to settle (sent on a timer after the last change). */
const reportsSettle = () => new Promise((resolve) => setTimeout(resolve, 80));

describe('Preloader', () => {
  it('downloads every document, verifies it and reports each one done', async () => {
    const hub = new FakeDocumentHub();
    const files = [bytesOf(300_000, 1), bytesOf(5_000, 2), bytesOf(CHUNK * 2, 3)];
    files.forEach((f) => hub.add(f));
    const { library, preloader, reports } = await setup(hub);
    await preloader.setPlan(plan(files.map((f, i) => planDocument(`d${i}`, f))));
    await preloader.idle();
    const view = preloader.getView();
    expect(view).toMatchObject({ phase: 'active', total: 3, done: 3, failed: 0, bytesTotal: 305_000 + CHUNK * 2, bytesDone: 305_000 + CHUNK * 2 });
    for (const f of files) expect(await library.readFile(sha256Hex(f))).toEqual(f);
    expect(await library.received(sha256Hex(files[0]!))).toBe(0); // chunks joined and dropped
    await reportsSettle();
    const last = reports.at(-1)!;
    expect(last.meetingId).toBe('m1');
    expect(last.documents.map((d) => [d.documentId, d.state, d.bytesDone])).toEqual([
      ['d0', 'done', 300_000],
      ['d1', 'done', 5_000],
      ['d2', 'done', CHUNK * 2],
    ]);
    expect(reports.some((r) => r.documents.some((d) => d.state === 'downloading'))).toBe(true);
  });

  it('resumes a dropped download from the bytes it stored, not from the first byte', async () => {
    const hub = new FakeDocumentHub();
    const file = bytesOf(CHUNK * 10 + 123, 7);
    const sha = hub.add(file);
    hub.dropAfter = CHUNK * 4 + 5_000; // four whole chunks and part of the fifth, then the link drops
    const { library, preloader } = await setup(hub);
    await preloader.setPlan(plan([planDocument('d', file)]));
    await preloader.idle();
    // The first attempt failed; the retry (10 ms later) asked only for the rest.
    await waitFor(() => preloader.getView().done === 1);
    expect(hub.requests.map((r) => r.offset)).toEqual([0, CHUNK * 4 + 5_000]);
    expect(hub.sent).toBe(file.byteLength);
    expect(await library.readFile(sha)).toEqual(file);
  });

  it('resumes after a restart: hashes the stored chunks again and asks for the rest', async () => {
    const hub = new FakeDocumentHub();
    const file = bytesOf(CHUNK * 6, 9);
    const sha = hub.add(file);
    hub.dropAfter = CHUNK * 3 + 100;
    const first = await setup(hub, { retryDelaysMs: [] });
    await first.preloader.setPlan(plan([planDocument('d', file)]));
    await first.preloader.idle();
    expect(first.preloader.getView().documents[0]).toMatchObject({ state: 'failed', error: { kind: 'network' }, bytesDone: CHUNK * 3 + 100 });
    first.preloader.dispose();

    const second = await setup(hub, { library: first.library });
    await second.preloader.setPlan(plan([planDocument('d', file)]));
    expect(second.preloader.getView().documents[0]).toMatchObject({ bytesDone: CHUNK * 3 + 100 });
    await second.preloader.idle();
    expect(hub.requests.map((r) => r.offset)).toEqual([0, CHUNK * 3 + 100]);
    expect(second.preloader.getView().done).toBe(1);
    expect(await first.library.readFile(sha)).toEqual(file);
  });

  it('refuses bytes whose sha256 does not match: failed with why, deleted, retried, then left for the reader', async () => {
    const hub = new FakeDocumentHub();
    const file = bytesOf(CHUNK * 3, 4);
    const sha = hub.add(file);
    const bad = file.slice();
    bad[CHUNK + 10]! ^= 0xff;
    hub.corrupt.set(sha, bad);
    const { library, preloader, reports } = await setup(hub);
    await preloader.setPlan(plan([planDocument('d', file)]));
    await waitFor(() => hub.requests.length === 3 && preloader.getView().documents[0]?.state === 'failed' && preloader.getView().documents[0]?.retryAt === null);
    const document = preloader.getView().documents[0]!;
    expect(document).toMatchObject({ state: 'failed', bytesDone: 0, error: { kind: 'sha256' } });
    expect(document.error!.message).toMatch(/SHA-256/);
    expect(await library.list()).toEqual([]);
    await reportsSettle();
    // The kind for the staff's screens to say in their language, the words for the logs.
    expect(reports.at(-1)!.documents[0]).toMatchObject({ state: 'failed', errorKind: 'sha256', error: expect.stringMatching(/SHA-256/) });

    // The secretariat fixed it; the reader taps "try again".
    hub.corrupt.delete(sha);
    preloader.retry('d');
    await waitFor(() => preloader.getView().done === 1);
    expect(await library.readFile(sha)).toEqual(file);
    await reportsSettle();
    expect(reports.at(-1)!.documents[0]).toMatchObject({ state: 'done', error: null, errorKind: null });
  });

  it('reports a refusal (403) as forbidden, and goes on with the other documents', async () => {
    const hub = new FakeDocumentHub();
    const secret = bytesOf(10_000, 5);
    const open = bytesOf(20_000, 6);
    hub.add(open);
    hub.refuse.set(hub.add(secret), 403);
    const { preloader, reports } = await setup(hub, { retryDelaysMs: [] });
    await preloader.setPlan(plan([planDocument('secret', secret), planDocument('open', open)]));
    await preloader.idle();
    const [s, o] = preloader.getView().documents;
    expect(s).toMatchObject({ state: 'failed', error: { kind: 'forbidden' } });
    expect(o).toMatchObject({ state: 'done' });
    expect(preloader.getView()).toMatchObject({ done: 1, failed: 1 });
    await reportsSettle();
    expect(reports.at(-1)!.documents.map((d) => [d.documentId, d.state, d.errorKind])).toEqual([
      ['secret', 'failed', 'forbidden'],
      ['open', 'done', null],
    ]);
  });

  it('waits while the link is down, and goes on (and reports) when it comes back', async () => {
    const hub = new FakeDocumentHub();
    const file = bytesOf(50_000, 8);
    hub.add(file);
    const { preloader, reports } = await setup(hub);
    preloader.setOnline(false);
    await preloader.setPlan(plan([planDocument('d', file)]));
    await preloader.idle();
    expect(hub.requests).toHaveLength(0);
    expect(reports).toHaveLength(0);
    preloader.setOnline(true);
    await waitFor(() => preloader.getView().done === 1);
    await reportsSettle();
    expect(reports.at(-1)!.documents[0]!.state).toBe('done');
  });

  it('keeps the bytes of a removed document only while another document uses them', async () => {
    const hub = new FakeDocumentHub();
    const shared = bytesOf(30_000, 10);
    const alone = bytesOf(40_000, 11);
    const sharedSha = hub.add(shared);
    const aloneSha = hub.add(alone);
    const { library, preloader } = await setup(hub);
    const a = planDocument('a', shared);
    const b = planDocument('b', shared, { title: 'Same bytes, another item' });
    const c = planDocument('c', alone);
    await preloader.setPlan(plan([a, b, c]));
    await preloader.idle();
    expect(new Set(await library.list())).toEqual(new Set([sharedSha, aloneSha]));
    expect(hub.requests).toHaveLength(2); // the shared bytes came once

    await preloader.setPlan(plan([b, c])); // a removed: b still uses its bytes
    expect(new Set(await library.list())).toEqual(new Set([sharedSha, aloneSha]));
    await preloader.setPlan(plan([b])); // c removed: its bytes go
    expect(await library.list()).toEqual([sharedSha]);
    await preloader.setPlan(plan([])); // b removed too
    expect(await library.list()).toEqual([]);
  });

  it('fetches a new version first, marks it updated until opened, and drops the old bytes once the new are here', async () => {
    const hub = new FakeDocumentHub();
    const v1 = bytesOf(20_000, 12);
    const v2 = bytesOf(25_000, 13);
    const other = bytesOf(15_000, 14);
    hub.add(v1);
    const v2Sha = hub.add(v2);
    hub.add(other);
    const { library, preloader } = await setup(hub);
    await preloader.setPlan(plan([planDocument('report', v1), planDocument('other', other)]));
    await preloader.idle();
    expect(preloader.getView().documents.every((d) => !d.updated)).toBe(true);

    const replaced = planDocument('report', v2, { version: 2, updatedAt: '2026-11-23T08:00:00.000Z', previous: [sha256Hex(v1)] });
    await preloader.setPlan(plan([replaced, planDocument('other', other)]));
    expect(preloader.getView().documents[0]).toMatchObject({ documentId: 'report', updated: true });
    await preloader.idle();
    expect(hub.requests.at(-1)!.sha256).toBe(v2Sha);
    await waitFor(async () => (await library.list()).length === 2);
    expect(new Set(await library.list())).toEqual(new Set([v2Sha, sha256Hex(other)]));

    await preloader.markOpened('m1', 'report', 2);
    expect(preloader.getView().documents[0]!.updated).toBe(false);
    // Remembered on the device: another run over the same library still knows.
    const again = await setup(hub, { library });
    await again.preloader.setPlan(plan([replaced, planDocument('other', other)]));
    expect(again.preloader.getView().documents[0]!.updated).toBe(false);
  });

  it('throttles progress reports, yet reports every change of state', async () => {
    const hub = new FakeDocumentHub();
    const file = bytesOf(CHUNK * 8, 15);
    hub.add(file);
    hub.piece = 4 * 1024;
    hub.delayMs = 2; // 128 pieces over ~300 ms or more
    const started = Date.now();
    const { preloader, reports } = await setup(hub, { reportEveryMs: 100 });
    await preloader.setPlan(plan([planDocument('d', file)]));
    await preloader.idle();
    await reportsSettle();
    const elapsed = Date.now() - started;
    const states = reports.map((r) => r.documents[0]!.state);
    expect(states).toContain('downloading');
    expect(states.at(-1)).toBe('done');
    // At most one progress report per 100 ms, plus one per change of state (downloading, done).
    expect(reports.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 4);
    expect(reports.length).toBeGreaterThan(3);
  });
});

describe('closing the meeting', () => {
  async function preloaded(hub: FakeDocumentHub) {
    const open = bytesOf(20_000, 20);
    const secret = bytesOf(30_000, 21);
    const partial = bytesOf(CHUNK * 4, 22);
    hub.add(open);
    hub.add(secret);
    hub.add(partial);
    const setupResult = await setup(hub, { retryDelaysMs: [] });
    const documents = [
      planDocument('open', open),
      planDocument('secret', secret, { restricted: true }),
      planDocument('partial', partial, { restricted: true }),
    ];
    hub.dropAfter = null;
    await setupResult.preloader.setPlan(plan(documents.slice(0, 2)));
    await setupResult.preloader.idle();
    // The third restricted one only half arrived.
    hub.dropAfter = CHUNK * 2;
    await setupResult.preloader.setPlan(plan(documents));
    await setupResult.preloader.idle();
    expect(await setupResult.library.received(sha256Hex(partial))).toBe(CHUNK * 2);
    return { ...setupResult, documents, open, secret, partial };
  }

  it('deletes the restricted documents (chunks too), keeps the others, and reports when', async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, reports, documents, open } = await preloaded(hub);
    await preloader.setPlan(plan(documents, 'closed'));
    expect(await library.list()).toEqual([sha256Hex(open)]);
    const view = preloader.getView();
    expect(view.phase).toBe('closed');
    expect(view.purgedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await reportsSettle();
    const last = reports.at(-1)!;
    expect(last.purgedAt).toBe(view.purgedAt);
    expect(last.documents.find((d) => d.documentId === 'secret')).toMatchObject({ state: 'queued', bytesDone: 0 });
    expect((await library.getMeeting('m1'))!.purgeReported).toBe(true);
    // Nothing is downloaded again for a closed meeting.
    const asked = hub.requests.length;
    await preloader.idle();
    expect(hub.requests.length).toBe(asked);
  });

  it('offline when it learns of the closing: deletes at once, reports at the next connection', async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, reports, documents } = await preloaded(hub);
    preloader.setOnline(false);
    await reportsSettle();
    const before = reports.length;
    await preloader.setPlan(plan(documents, 'closed'));
    expect(await library.list()).toHaveLength(1);
    await reportsSettle();
    expect(reports.length).toBe(before);
    expect((await library.getMeeting('m1'))!.purgeReported).toBe(false);
    preloader.setOnline(true);
    await reportsSettle();
    expect(reports.at(-1)!.purgedAt).toBe(preloader.getView().purgedAt);
    expect((await library.getMeeting('m1'))!.purgeReported).toBe(true);
  });

  it('a hub that refuses the report is told again at the next connection', async () => {
    const hub = new FakeDocumentHub();
    const { library, documents } = await preloaded(hub);
    let accept = false;
    const sent: ReportInput[] = [];
    const { preloader } = await setup(hub, {
      library,
      report: async (input) => {
        if (!accept) throw new Error('timeout');
        sent.push(input);
      },
    });
    await preloader.setPlan(plan(documents, 'closed'));
    await reportsSettle();
    expect((await library.getMeeting('m1'))!.purgeReported).toBe(false);
    accept = true;
    preloader.setOnline(false);
    preloader.setOnline(true);
    await reportsSettle();
    expect(sent.at(-1)!.purgedAt).not.toBeNull();
    expect((await library.getMeeting('m1'))!.purgeReported).toBe(true);
  });

  it('purges at the next start a meeting it had recorded as closed, and reports it', async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, documents, open } = await preloaded(hub);
    // The app stopped right after learning of the closing, before deleting anything.
    preloader.dispose();
    const record = (await library.getMeeting('m1'))!;
    await library.putMeeting({ ...record, status: 'closed' });
    expect(await library.list()).toHaveLength(3);

    const next = await setup(hub, { library });
    expect(await library.list()).toEqual([sha256Hex(open)]);
    await reportsSettle();
    expect(next.reports.at(-1)).toMatchObject({ meetingId: 'm1', purgedAt: expect.any(String) });
    expect(next.reports.at(-1)!.documents.map((d) => [d.documentId, d.state])).toEqual([
      ['open', 'done'],
      ['secret', 'queued'],
      ['partial', 'queued'],
    ]);
    void documents;
  });
});

describe("the reader's session ends on a shared tablet", () => {
  async function twoMeetings(hub: FakeDocumentHub) {
    const open = bytesOf(20_000, 30);
    const theirs = bytesOf(30_000, 31);
    const partial = bytesOf(CHUNK * 4, 32);
    // The same bytes as a restricted document of this meeting, but open to all in another: they stay.
    const shared = bytesOf(10_000, 33);
    const other = bytesOf(12_000, 34);
    for (const file of [open, theirs, partial, shared, other]) hub.add(file);
    const result = await setup(hub, { retryDelaysMs: [] });
    await result.preloader.setPlan(plan([planDocument('other', other), planDocument('shared-open', shared)], 'published', 'm2'));
    await result.preloader.idle();
    await result.preloader.setPlan(
      plan([planDocument('open', open), planDocument('theirs', theirs, { restricted: true }), planDocument('shared', shared, { restricted: true })]),
    );
    await result.preloader.idle();
    hub.dropAfter = CHUNK * 2;
    await result.preloader.setPlan(
      plan([
        planDocument('open', open),
        planDocument('theirs', theirs, { restricted: true }),
        planDocument('shared', shared, { restricted: true }),
        planDocument('partial', partial, { restricted: true }),
      ]),
    );
    await result.preloader.idle();
    expect(await result.library.received(sha256Hex(partial))).toBe(CHUNK * 2);
    return { ...result, open, theirs, partial, shared, other };
  }

  it('deletes every restricted document, whole or partial, keeps what everyone may read, and tells the hub per meeting', async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, reports, open, shared, other } = await twoMeetings(hub);
    expect(await preloader.forget()).toBe(2);
    expect((await library.list()).sort()).toEqual([sha256Hex(open), sha256Hex(shared), sha256Hex(other)].sort());
    expect((await library.getMeeting('m1'))!.documents.map((d) => d.documentId)).toEqual(['open']);
    expect(preloader.getView()).toMatchObject({ phase: 'idle', total: 0 });
    await reportsSettle();
    const told = reports.filter((r) => r.forgottenAt !== null);
    expect(told.map((r) => r.meetingId).sort()).toEqual(['m1', 'm2']);
    expect(told.find((r) => r.meetingId === 'm1')!.documents.map((d) => [d.documentId, d.state])).toEqual([['open', 'done']]);
    expect((await library.getMeeting('m1'))!.forgottenAt).toBeNull();
    // Nothing is downloaded while nobody is signed in.
    const asked = hub.requests.length;
    await preloader.idle();
    expect(hub.requests.length).toBe(asked);
  });

  it('runs its forget hooks first, told the restricted documents per meeting; a failing hook keeps nothing', async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, theirs } = await twoMeetings(hub);
    const seen: { meetingId: string; restricted: string[]; fileThere: boolean }[] = [];
    preloader.onForget(async (forgotten) => {
      for (const f of forgotten) seen.push({ meetingId: f.meetingId, restricted: [...f.restricted].sort(), fileThere: await library.hasFile(sha256Hex(theirs)) });
    });
    const off = preloader.onForget(() => Promise.reject(new Error('hook failed')));
    expect(await preloader.forget()).toBe(2);
    expect(seen.sort((a, b) => a.meetingId.localeCompare(b.meetingId))).toEqual([
      { meetingId: 'm1', restricted: ['partial', 'shared', 'theirs'], fileThere: true },
      { meetingId: 'm2', restricted: [], fileThere: true },
    ]);
    expect(await library.hasFile(sha256Hex(theirs))).toBe(false);
    off();
    seen.length = 0;
    await preloader.forget();
    expect(seen.map((s) => s.meetingId).sort()).toEqual(['m1', 'm2']);
  });

  it('offline: deletes at once, and tells the hub after a restart once it is back', async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, reports, theirs } = await twoMeetings(hub);
    preloader.setOnline(false);
    await reportsSettle();
    const before = reports.length;
    await preloader.forget();
    expect(await library.hasFile(sha256Hex(theirs))).toBe(false);
    await reportsSettle();
    expect(reports.length).toBe(before);
    const kept = (await library.getMeeting('m1'))!.forgottenAt;
    expect(kept).toMatch(/^\d{4}-/);
    preloader.dispose();
    const next = await setup(hub, { library });
    await reportsSettle();
    expect(next.reports.map((r) => [r.meetingId, r.forgottenAt]).sort()).toEqual([
      ['m1', kept],
      ['m2', kept],
    ]);
    expect((await library.getMeeting('m1'))!.forgottenAt).toBeNull();
  });

  it("the next reader's plan brings back only what she may read", async () => {
    const hub = new FakeDocumentHub();
    const { library, preloader, open, theirs } = await twoMeetings(hub);
    await preloader.forget();
    const mine = bytesOf(8_000, 35);
    hub.add(mine);
    await preloader.setPlan(plan([planDocument('open', open), planDocument('mine', mine, { restricted: true })]));
    await preloader.idle();
    expect(await library.hasFile(sha256Hex(mine))).toBe(true);
    expect(await library.hasFile(sha256Hex(theirs))).toBe(false);
    expect(preloader.getView().documents.map((d) => [d.documentId, d.state])).toEqual([
      ['open', 'done'],
      ['mine', 'done'],
    ]);
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
