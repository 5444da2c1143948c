// Conformance, part 3: every HTTP route of docs/protocol.md's table, who may call it, the order of its checks,
// X-Device-Token, tickets, ranges, and the one spelling of a document's name. Written from the documents alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, CODE_PLAN, ROUTES, connect, covered, http, type Json, reasonProblems, statusOf, tinyPdf } from './client.ts';
import { type ConformanceHub, startHub } from './hub.ts';

let hub: ConformanceHub;
const open: Client[] = [];
const keep = (c: Client) => (open.push(c), c);
const tokens: Record<string, string> = {};
const docs: Record<string, Json> = {};
let deviceToken: string;
const get = (path: string, headers: Record<string, string> = {}) => http(hub.url, 'GET', path, { headers });
const bearer = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

async function signedIn(passcode: string, auth: Record<string, unknown> = {}) {
  const c = keep(await connect(hub.url, auth));
  return { c, token: (await c.ok('session.signIn', { passcode })).token as string };
}

async function upload(label: string): Promise<Json> {
  const res = await http(hub.url, 'POST', '/api/documents', { headers: bearer('secretariat'), body: tinyPdf(label) });
  expect(res.status).toBe(201);
  // A PDF without a title of its own: null (the screen titles it from the file name).
  expect(res.json).toEqual({ ok: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), pages: 1, bytes: expect.any(Number), title: null });
  return res.json;
}

beforeAll(async () => {
  hub = await startHub();
  const { c: secretariat, token } = await signedIn(hub.passcode);
  tokens.secretariat = token;
  tokens.checkin = (await signedIn((await secretariat.ok('staff.issue', { role: 'checkin', label: 'Bàn 1' })).secret)).token;
  await secretariat.ok('meeting.create', { id: 'h1', title: 'Phiên họp', date: '2026-11-23' });
  await secretariat.ok('meeting.create', { id: 'h2', title: 'Bản nháp', date: '2026-11-24' });
  docs.open = await upload('open');
  docs.restricted = await upload('restricted');
  docs.draft = await upload('draft');
  await secretariat.ok('document.add', { meetingId: 'h1', itemId: null, title: 'Tờ trình', sha256: docs.open.sha256 });
  await secretariat.ok('document.add', { meetingId: 'h1', itemId: null, title: 'Mật', sha256: docs.restricted.sha256, access: { kind: 'groups', groups: ['HĐND'] } });
  await secretariat.ok('document.add', { meetingId: 'h2', itemId: null, title: 'Nháp', sha256: docs.draft.sha256 });
  const { delegateId } = await secretariat.ok('delegate.add', { meetingId: 'h1', fullName: 'Nguyễn Văn An', group: 'UBND' });
  tokens.delegateId = delegateId;
  await secretariat.ok('delegate.add', { meetingId: 'h1', fullName: 'Trần Thị Bình', group: 'HĐND' });
  await secretariat.ok('badge.issueMissing', { meetingId: 'h1' });
  await secretariat.ok('meeting.publish', { meetingId: 'h1' });
  const { code } = await secretariat.ok('pairing.get');
  const t = keep(await connect(hub.url, { deviceName: 'Máy 01' }));
  deviceToken = (await t.ok('device.pair', { code })).deviceToken;
  const badge = await secretariat.ok('badge.get', { meetingId: 'h1', delegateId });
  tokens.delegate = (await t.ok('session.badgeSignIn', { meetingId: 'h1', code: badge.shortCode })).token;
});

afterAll(async () => {
  for (const c of open) c.close();
  await hub?.stop();
});

describe('the hub as docs/protocol.md describes it: HTTP', () => {
  it('answers health and the web client to anyone, every /api error as JSON, nosniff and no-store on /api', async () => {
    const health = await get('/api/health');
    expect(health).toMatchObject({ status: 200, json: { ok: true, version: expect.any(String), uptimeSeconds: expect.any(Number), meetings: 2 } });
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect((await http(hub.url, 'HEAD', '/api/health')).status).toBe(200);
    for (const path of ['/', '/tablet/h1', '/assets/app.js']) expect((await get(path)).status, path).toBe(200);
    expect((await http(hub.url, 'HEAD', '/')).status).toBe(200);
    expect((await get('/tablet/h1')).body.toString()).toContain('Roundtable');
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect(await get('/api/no-such-route')).toMatchObject({ status: 404, json: { ok: false, code: 'not_found', message: expect.any(String) } });
    expect(await http(hub.url, 'POST', '/elsewhere', { body: 'x' })).toMatchObject({ status: 400, json: { code: 'bad_request' } });
  });

  it('takes uploads from the secretariat only, checked as PDFs; refuses a POST from a foreign page', async () => {
    const post = (headers: Record<string, string>, body: Buffer | string = tinyPdf('again')) => http(hub.url, 'POST', '/api/documents', { headers, body });
    const notPdf = await post(bearer('secretariat'), 'just text');
    expect(notPdf).toMatchObject({ status: 422, json: { code: 'bad_document', reason: 'not_pdf' } });
    expect(reasonProblems(notPdf.json)).toEqual([]);
    expect(await post({})).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    expect(await post({ 'X-Device-Token': deviceToken })).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    expect(await post(bearer('checkin'))).toMatchObject({ status: 403, json: { code: 'forbidden' } });
    expect(await post({ ...bearer('secretariat'), Origin: 'http://elsewhere.example' })).toMatchObject({ status: 403, json: { code: 'forbidden' } });
  });

  it('serves a document under one name to whoever may read it, refusing in the documented order', async () => {
    const { sha256, bytes } = docs.open;
    const path = `/api/documents/${sha256}`;
    const restricted = `/api/documents/${docs.restricted.sha256}`;
    const tablet = { 'X-Device-Token': deviceToken };
    // The name first: another spelling names nothing, whoever asks.
    const encoded = `/api/documents/%${sha256.charCodeAt(0).toString(16)}${sha256.slice(1)}`;
    for (const other of [`/api/documents/${sha256.toUpperCase()}`, encoded]) {
      expect(await get(other, bearer('secretariat')), other).toMatchObject({ status: 404, json: { code: 'not_found' } });
    }
    expect(await get(`/api/documents/${'0'.repeat(64)}`)).toMatchObject({ status: 404, json: { code: 'not_found' } });
    // Then the credentials, then who may read it, then whether the guest's device paired.
    expect(await get(path, { Authorization: 'Bearer not-a-token' })).toMatchObject({ status: 401, json: { code: 'session_expired' } });
    expect(await get(restricted)).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    expect(await get(path)).toMatchObject({ status: 401, json: { code: 'not_paired' } });
    expect(await get(`${path}?token=${tokens.delegate}`)).toMatchObject({ status: 401, json: { code: 'not_paired' } });
    // A paired tablet with nobody signed in reads what is open to all in a published meeting, and nothing else.
    const opened = await get(path, tablet);
    expect(opened.status).toBe(200);
    expect(opened.body.length).toBe(bytes);
    expect(opened.headers.get('content-type')).toBe('application/pdf');
    expect(opened.headers.get('etag')).toBe(`"${sha256}"`);
    expect(opened.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await get(restricted, tablet)).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    expect(await get(`/api/documents/${docs.draft.sha256}`, tablet)).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    // A delegate's session counts only beside the device token of the tablet it was opened on.
    const alone = await get(path, bearer('delegate'));
    expect(alone).toMatchObject({ status: 401, json: { code: 'session_expired' } });
    expect(alone.json.message).toContain('X-Device-Token');
    expect((await get(path, { ...bearer('delegate'), ...tablet })).status).toBe(200);
    expect(await get(restricted, { ...bearer('delegate'), ...tablet })).toMatchObject({ status: 403, json: { code: 'forbidden' } });
    expect(await get(path, bearer('checkin'))).toMatchObject({ status: 403, json: { code: 'forbidden' } });
    const staffOnly = await get(restricted, bearer('secretariat'));
    expect(staffOnly.status).toBe(200);
    expect(staffOnly.headers.get('cache-control')).toBe('private, no-store');
    const head = await http(hub.url, 'HEAD', path, { headers: tablet });
    expect([head.status, head.body.length]).toEqual([200, 0]);
    // Ranges, past the end, and the ETag.
    const part = await get(path, { ...tablet, Range: 'bytes=0-9' });
    expect([part.status, part.body.length, part.headers.get('content-range')]).toEqual([206, 10, `bytes 0-9/${bytes}`]);
    const past = await get(path, { ...tablet, Range: `bytes=${bytes + 10}-` });
    expect(past).toMatchObject({ status: 416, json: { ok: false, code: 'bad_request' } });
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes}`);
    expect(await statusOf(hub.url, path, { ...tablet, 'If-None-Match': `"${sha256}"` })).toBe(304);
  });

  it('prints badges for the roles named, and opens a download link once with a ticket', async () => {
    const sheet = await get('/api/meetings/h1/badges.pdf', bearer('secretariat'));
    expect([sheet.status, sheet.headers.get('content-type'), sheet.body.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    expect(sheet.headers.get('content-disposition')).toMatch(/^attachment/);
    expect((await get('/api/meetings/h1/badges.pdf?perPage=3', bearer('secretariat'))).status).toBe(400);
    const nope = await get('/api/meetings/nope/badges.pdf', bearer('secretariat'));
    expect(nope).toMatchObject({ status: 404, json: { code: 'not_found', reason: 'meeting_not_found', params: { meetingId: 'nope' } } });
    expect(reasonProblems(nope.json)).toEqual([]);
    expect(await get('/api/meetings/h1/badges.pdf', bearer('checkin'))).toMatchObject({ status: 403, json: { code: 'forbidden' } });
    expect(await get('/api/meetings/h1/badges.pdf', { 'X-Device-Token': deviceToken })).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    const png = `/api/meetings/h1/delegates/${tokens.delegateId}/badge.png`;
    for (const who of ['secretariat', 'checkin']) {
      const one = await get(png, bearer(who));
      expect([one.status, one.headers.get('content-type')], who).toEqual([200, 'image/png']);
    }
    expect((await get('/api/meetings/h1/delegates/nobody/badge.png', bearer('secretariat'))).status).toBe(404);

    const ask = (body: unknown, headers: Record<string, string> = bearer('secretariat')) =>
      http(hub.url, 'POST', '/api/tickets', { headers: { ...headers, 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const issued = await ask({ path: '/api/meetings/h1/badges.pdf' });
    expect(issued).toMatchObject({ status: 201, json: { ok: true, ticket: expect.any(String), path: '/api/meetings/h1/badges.pdf', expiresInSeconds: 60 } });
    const link = `/api/meetings/h1/badges.pdf?ticket=${issued.json.ticket}`;
    expect((await get(link)).status).toBe(200);
    expect(await get(link)).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    const elsewhere = (await ask({ path: '/api/meetings/h1/pack' })).json.ticket;
    expect(await get(`/api/meetings/h1/badges.pdf?ticket=${elsewhere}`)).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    const forDocument = (await ask({ path: `/api/documents/${docs.restricted.sha256}` })).json.ticket;
    expect((await get(`/api/documents/${docs.restricted.sha256}?ticket=${forDocument}`)).status).toBe(200);
    expect(await ask({ path: '/api/health' })).toMatchObject({ status: 400, json: { code: 'bad_request' } });
    expect(await ask({ path: '/api/meetings/h1/badges.pdf' }, { 'X-Device-Token': deviceToken })).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    expect(await ask(JSON.stringify({ path: 'x'.repeat(5000) }))).toMatchObject({ status: 413, json: { code: 'payload_too_large' } });
  });

  it('previews a delegate list, and exports and imports a meeting pack, for the secretariat', async () => {
    const csv = 'Họ và tên,Chức vụ,Đơn vị\nLê Văn Cường,Đại biểu,Sở Y tế\nPhạm Thị Dung,Đại biểu,Sở Xây dựng\n';
    const preview = (query: string, headers = bearer('secretariat')) => http(hub.url, 'POST', `/api/meetings/h1/delegates/preview${query}`, { headers, body: csv });
    const read = await preview('?name=list.csv&lang=en');
    expect(read.status).toBe(200);
    expect(read.json.rows).toHaveLength(2);
    expect((await preview('?name=list.csv&lang=fr')).status).toBe(400);
    expect(await preview('?name=list.csv', bearer('checkin'))).toMatchObject({ status: 403, json: { code: 'forbidden' } });
    expect((await http(hub.url, 'POST', '/api/meetings/nope/delegates/preview', { headers: bearer('secretariat'), body: csv })).status).toBe(404);

    const pack = await get('/api/meetings/h1/pack', bearer('secretariat'));
    expect([pack.status, pack.headers.get('content-type'), pack.body.subarray(0, 2).toString()]).toEqual([200, 'application/zip', 'PK']);
    expect(await get('/api/meetings/h1/pack', { 'X-Device-Token': deviceToken })).toMatchObject({ status: 401, json: { code: 'not_signed_in' } });
    const refused = await http(hub.url, 'POST', '/api/packs', { headers: bearer('secretariat'), body: pack.body });
    expect(refused).toMatchObject({ status: 409, json: { code: 'conflict' } });
    const imported = await http(hub.url, 'POST', '/api/packs?replace=1', { headers: bearer('secretariat'), body: pack.body });
    expect(imported).toMatchObject({ status: 201, json: { ok: true, meetingId: 'h1', replaced: true } });
  });

  it('gives the minutes as a PDF and each spreadsheet as UTF-8 CSV with a byte-order mark, to the secretariat only here; a draft or unknown meeting, another sheet and a bad parameter refused', async () => {
    const pdf = await get('/api/meetings/h1/minutes.pdf?lang=en', bearer('secretariat'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('minutes-h1.pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = await get('/api/meetings/h1/minutes/attendance.csv', bearer('secretariat'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body.toString('utf8')).toContain('Nguyễn Văn An');
    expect((await get('/api/meetings/h2/minutes.pdf', bearer('secretariat'))).json).toMatchObject({ ok: false, code: 'conflict', reason: 'still_draft' });
    expect((await get('/api/meetings/nope/minutes.pdf', bearer('secretariat'))).status).toBe(404);
    expect((await get('/api/meetings/h1/minutes/secrets.csv', bearer('secretariat'))).status).toBe(404);
    expect((await get('/api/meetings/h1/minutes.pdf?lang=fr', bearer('secretariat'))).json).toMatchObject({ ok: false, code: 'bad_request' });
    expect((await get('/api/meetings/h1/minutes.pdf', bearer('checkin'))).json).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await get('/api/meetings/h1/minutes.pdf', { ...bearer('delegate'), 'X-Device-Token': deviceToken })).json).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('reached every route of the table with every method it names, and its share of the codes', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(10);
    const declared = ROUTES.flatMap((r) => r.methods.map((method) => `${method} ${r.path}`));
    expect(declared.filter((d) => !covered.routes.has(d))).toEqual([]);
    expect(CODE_PLAN.http.filter((c) => !covered.codes.has(c))).toEqual([]);
  });
});
