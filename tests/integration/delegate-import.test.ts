import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import { PEOPLE } from '../fixtures/delegates/people.ts';
import { ok, pairedDevice, send, signIn, staffSession, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/delegates');
const file = (name: string) => readFileSync(join(FIXTURES, name));

describe('importing a delegate list: preview over HTTP, then delegate.import', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let token: string;
  const today = new Date().toISOString().slice(0, 10);

  /** `query` is added to the URL (`&lang=en`); `headers` to the request (Accept-Language). */
  const preview = (body: Uint8Array, name: string, auth: string | null = token, meetingId = 'm', query = '', headers: Record<string, string> = {}) =>
    fetch(`${t.hub.url}/api/meetings/${meetingId}/delegates/preview?name=${encodeURIComponent(name)}${query}`, {
      method: 'POST',
      headers: { ...(auth ? { Authorization: `Bearer ${auth}` } : {}), ...headers },
      body: new Uint8Array(body),
    });
  const previewIn = async (query: string, headers: Record<string, string> = {}, name = 'bad-rows.csv') =>
    (await (await preview(file(name), name, token, 'words', query, headers)).json()) as DelegateImport;
  const snapshot = async () => {
    const opened = await ok(secretariat, 'meeting.open', { meetingId: 'm' });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    return opened.data.snapshot;
  };

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    await ok(secretariat, 'meeting.create', { id: 'm', title: 'Kỳ họp thứ Mười', date: today });
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await t?.stop();
  });

  it('previews only for the secretariat: no token 401, another role 403, a delegate 403', async () => {
    expect((await preview(file('utf8.csv'), 'ds.csv', null)).status).toBe(401);
    expect((await preview(file('utf8.csv'), 'ds.csv', 'not-a-token')).status).toBe(401);

    const { socket: chair, token: chairToken } = await staffSession(t.hub.url, t.passcode, 'chair');
    chair.disconnect();
    const asChair = await preview(file('utf8.csv'), 'ds.csv', chairToken);
    expect(asChair.status).toBe(403);
    expect(await asChair.json()).toMatchObject({ ok: false, code: 'forbidden' });

    await ok(secretariat, 'meeting.create', { id: 'other', title: 'Phiên khác', date: today });
    const delegateId = (await ok(secretariat, 'delegate.add', { meetingId: 'other', fullName: 'Lê Thị Mai' })).data.delegateId;
    const badge = (await ok(secretariat, 'badge.issue', { meetingId: 'other', delegateId })).data;
    const tablet = await pairedDevice(t.hub.url, t.passcode);
    const delegateToken = (await ok(tablet.socket, 'session.badgeSignIn', { meetingId: 'other', code: badge.token })).data.token;
    tablet.socket.disconnect();
    // From her own tablet (its device token beside her session, as a delegate session needs): her role may not.
    expect((await preview(file('utf8.csv'), 'ds.csv', delegateToken, 'm', '', { 'X-Device-Token': tablet.deviceToken })).status).toBe(403);
    // Without it, the session does not count at all.
    expect((await preview(file('utf8.csv'), 'ds.csv', delegateToken)).status).toBe(401);

    expect((await preview(file('utf8.csv'), 'ds.csv', token, 'nosuch')).status).toBe(404);
    expect((await snapshot()).delegates).toEqual([]);
  });

  it('refuses a body over 10 MB with 413, and a refused file with 200 and the reason', async () => {
    expect((await preview(new Uint8Array(10 * 1024 * 1024 + 10), 'big.csv')).status).toBe(413);
    const xls = await preview(file('old-excel.xls'), 'ds.xls', token, 'm', '&lang=en');
    expect(xls.status).toBe(200);
    const body = (await xls.json()) as DelegateImport;
    expect(body.rows).toEqual([]);
    expect(body.fileErrors[0]).toMatch(/Excel 97-2003 workbook/);
  });

  it('previews an XLSX and a TCVN3 CSV without saving, imports the rows, and a second import updates', async () => {
    const xlsx = await preview(file('names.xlsx'), 'Danh sách đại biểu.xlsx');
    expect(xlsx.status).toBe(200);
    const fromXlsx = (await xlsx.json()) as DelegateImport;
    expect(fromXlsx.fileErrors).toEqual([]);
    expect(fromXlsx.rows.map((r) => r.delegate.fullName)).toEqual(PEOPLE.map((p) => p.fullName));
    expect(fromXlsx.rows.every((r) => r.matches === null && r.errors.length === 0)).toBe(true);

    const csv = (await (await preview(file('tcvn3.csv'), 'ds-tcvn3.csv')).json()) as DelegateImport;
    expect(csv.encoding).toBe('tcvn3');
    expect(csv.notes.join(' ')).toMatch(/Đã chuyển \d+ ô từ bảng mã TCVN3/);
    expect(csv.rows.map((r) => r.delegate.fullName)).toEqual(PEOPLE.map((p) => p.fullName));
    // Nothing was saved by previewing.
    expect((await snapshot()).delegates).toEqual([]);

    const imported = await ok(secretariat, 'delegate.import', { meetingId: 'm', delegates: fromXlsx.rows.map((r) => r.delegate) });
    expect(imported.data).toEqual({ added: PEOPLE.length, updated: 0, skipped: [], changed: [] });
    expect(imported.revision).not.toBeNull();
    const after = await snapshot();
    const byName = new Map(after.delegates.map((d) => [d.fullName, d]));
    for (const p of PEOPLE) {
      const d = byName.get(p.fullName);
      expect(d, p.fullName).toMatchObject({ fullName: p.fullName, title: p.title, organisation: p.organisation, group: p.group, seat: p.seat, badgeSerial: 0 });
      expect(d?.fullName).toBe(d?.fullName.normalize('NFC'));
    }

    // The same list again (from the TCVN3 CSV): every row matches someone listed; the changed titles are updated.
    const again = (await (await preview(file('tcvn3.csv'), 'ds-tcvn3.csv')).json()) as DelegateImport;
    const ids = new Map(after.delegates.map((d) => [d.fullName, d.id]));
    expect(again.rows.map((r) => r.matches)).toEqual(PEOPLE.map((p) => ids.get(p.fullName)));
    const second = await ok(secretariat, 'delegate.import', { meetingId: 'm', delegates: again.rows.map((r) => r.delegate) });
    expect(second.data).toEqual({ added: 0, updated: PEOPLE.length, skipped: [], changed: [] });
    const final = await snapshot();
    expect(final.delegates).toHaveLength(PEOPLE.length);
    // TCVN3 had no "Ủ": the title as the file gives it replaced the one from the XLSX.
    expect(final.delegates.find((d) => d.fullName === 'Trần Văn Đức')?.title).toBe('Chủ tịch ủy ban nhân dân tỉnh');
    expect(new Set(final.delegates.map((d) => d.id))).toEqual(new Set(after.delegates.map((d) => d.id)));
  });

  it('writes every message in the language asked: ?lang=vi|en, else Accept-Language, else Vietnamese', async () => {
    // A meeting of its own: nobody listed holds the file's seats.
    await ok(secretariat, 'meeting.create', { id: 'words', title: 'Phiên thử ngôn ngữ', date: today });
    const vi = await previewIn('&lang=vi');
    const en = await previewIn('&lang=en');
    const row = (answer: DelegateImport, line: number) => answer.rows.find((r) => r.line === line);
    expect(row(vi, 2)?.errors).toEqual([]);
    expect(row(vi, 2)?.changes).toEqual(['Dòng 2: ghế 12 (cột "Ghế") trùng với dòng 5; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.']);
    expect(row(vi, 2)?.warnings).toEqual(['Dòng 2: Nguyễn Thị Ngọc Ánh (Tỉnh ủy Thanh Hóa) cũng có tên ở dòng 8.']);
    expect(row(vi, 4)?.errors).toEqual(['Dòng 4: chưa có họ tên (cột "Họ và tên").']);
    expect(row(en, 2)?.changes).toEqual(['Line 2: seat 12 (column "Ghế") is also given on line 5; the delegate is imported without a seat, to be assigned afterwards.']);
    expect(row(en, 4)?.errors).toEqual(['Line 4: the name is empty (column "Họ và tên").']);
    // The same rows, the same delegates: only the words differ.
    const shape = (answer: DelegateImport) => answer.rows.map((r) => [r.line, r.delegate, r.errors.length, r.changes.length, r.warnings.length]);
    expect(shape(vi)).toEqual(shape(en));

    // A seat kept by a delegate already listed (matched against the meeting), in both languages.
    await ok(secretariat, 'meeting.create', { id: 'seats', title: 'Phiên xếp ghế', date: today });
    await ok(secretariat, 'delegate.add', { meetingId: 'seats', fullName: 'Hà Văn Giữ', seat: '12' });
    const seatOf = async (query: string) =>
      ((await (await preview(new TextEncoder().encode('Họ và tên,Ghế\nLê Văn Mới,12\n'), 'ds.csv', token, 'seats', query)).json()) as DelegateImport).rows[0]?.changes;
    expect(await seatOf('&lang=vi')).toEqual(['Dòng 2: ghế 12 đã được xếp cho đại biểu Hà Văn Giữ (đại biểu này không có trong danh sách); đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.']);
    expect(await seatOf('&lang=en')).toEqual(['Line 2: seat 12 is already assigned to Hà Văn Giữ, who is not in this list; the delegate is imported without a seat, to be assigned afterwards.']);

    // File refusals too.
    expect((await previewIn('&lang=vi', {}, 'old-excel.xls')).fileErrors[0]).toMatch(/^Đây là tệp Excel 97-2003 \(\.xls\)/);
    expect((await previewIn('&lang=en', {}, 'old-excel.xls')).fileErrors[0]).toMatch(/^This is an Excel 97-2003 workbook/);

    // Without ?lang: the Accept-Language header, else Vietnamese; ?lang wins over the header.
    expect(row(await previewIn(''), 4)?.errors).toEqual(['Dòng 4: chưa có họ tên (cột "Họ và tên").']);
    expect(row(await previewIn('', { 'Accept-Language': 'en-US,en;q=0.9' }), 4)?.errors).toEqual(['Line 4: the name is empty (column "Họ và tên").']);
    expect(row(await previewIn('', { 'Accept-Language': 'vi-VN,en;q=0.5' }), 4)?.errors).toEqual(['Dòng 4: chưa có họ tên (cột "Họ và tên").']);
    expect(row(await previewIn('&lang=vi', { 'Accept-Language': 'en' }), 4)?.errors).toEqual(['Dòng 4: chưa có họ tên (cột "Họ và tên").']);

    // A language we do not write is a clear refusal, not a silent default.
    const french = await preview(file('bad-rows.csv'), 'bad-rows.csv', token, 'words', '&lang=fr');
    expect(french.status).toBe(400);
    expect(await french.json()).toMatchObject({ ok: false, code: 'bad_request', message: 'lang must be "vi" or "en", not "fr".' });
    // Too large: said in the language asked.
    const big = await preview(new Uint8Array(10 * 1024 * 1024 + 10), 'big.csv', token, 'words', '&lang=vi');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'payload_too_large', message: 'Tệp danh sách đại biểu chỉ được tối đa 10 MB.' });
    const seats = await ok(secretariat, 'meeting.open', { meetingId: 'seats' });
    if (seats.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(seats.data.snapshot.delegates.map((d) => d.fullName)).toEqual(['Hà Văn Giữ']);
  });

  it('refuses a list of which no row can be a delegate, naming the rows, and changes nothing', async () => {
    const before = await snapshot();
    const none = await send(secretariat, 'delegate.import', { meetingId: 'm', delegates: [{ fullName: '  ', seat: '40' }, { fullName: 'x'.repeat(201) }] });
    if (none.ok) throw new Error('expected a refusal');
    expect(none.code).toBe('bad_request');
    expect(none.message).toBe('Nothing was imported: Row 1: the name is empty. Row 2: the name is 201 characters long; at most 200 fit.');
    expect(none.issues).toEqual([
      { path: 'delegates.0', message: 'Row 1: the name is empty.' },
      { path: 'delegates.1', message: 'Row 2: the name is 201 characters long; at most 200 fit.' },
    ]);
    // A cell longer than any a row may carry is a malformed request, not a row to judge.
    expect(await send(secretariat, 'delegate.import', { meetingId: 'm', delegates: [{ fullName: 'Lê Mới', seat: '1'.repeat(1001) }] })).toMatchObject({ ok: false, code: 'bad_request' });
    const after = await snapshot();
    expect(after.delegates).toEqual(before.delegates);
    expect(after.revision).toBe(before.revision);
  });

  it('imports every row that can be a delegate: a seat shared, too long or kept by someone else is left out, and the answer names each line skipped or changed', async () => {
    await ok(secretariat, 'meeting.create', { id: 'partial', title: 'Phiên nhập một phần', date: today });
    await ok(secretariat, 'delegate.add', { meetingId: 'partial', fullName: 'Hà Văn Giữ', seat: '12' });
    const rows = [
      { line: 3, fullName: 'Lê Văn An', seat: '5' },
      { line: 4, fullName: '', title: 'Chủ tịch', seat: '6' },
      { line: 5, fullName: 'Trần Bình', seat: '5' },
      { line: 6, fullName: 'Phạm Cường', seat: '12' },
      { line: 7, fullName: 'Đỗ Dung', seat: 'A'.repeat(21) },
      { line: 9, fullName: 'Vũ Em', title: 'x'.repeat(201) },
      { line: 10, fullName: 'Ngô Giang', seat: '6' },
    ];
    const imported = await ok(secretariat, 'delegate.import', { meetingId: 'partial', delegates: rows });
    expect(imported.data).toEqual({
      added: 5,
      updated: 0,
      skipped: [
        { line: 4, problems: [{ code: 'name_empty' }] },
        { line: 9, problems: [{ code: 'too_long', field: 'title', length: 201, limit: 200 }] },
      ],
      changed: [
        { line: 3, problems: [{ code: 'seat_twice', seat: '5', lines: [5] }] },
        { line: 5, problems: [{ code: 'seat_twice', seat: '5', lines: [3] }] },
        { line: 6, problems: [{ code: 'seat_taken', seat: '12', holder: 'Hà Văn Giữ' }] },
        { line: 7, problems: [{ code: 'too_long', field: 'seat', length: 21, limit: 20 }] },
      ],
    });
    const opened = await ok(secretariat, 'meeting.open', { meetingId: 'partial' });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    // Line 4's seat 6 took nobody's: line 10 keeps it.
    expect(opened.data.snapshot.delegates.map((d) => `${d.fullName}|${d.seat}`).sort()).toEqual(
      ['Hà Văn Giữ|12', 'Lê Văn An|', 'Trần Bình|', 'Phạm Cường|', 'Đỗ Dung|', 'Ngô Giang|6'].sort(),
    );

    // Without lines (a list from elsewhere), the rows are named by their position.
    const positions = await ok(secretariat, 'delegate.import', { meetingId: 'partial', delegates: [{ fullName: 'Lý Hạnh', seat: '30' }, { fullName: 'Mai Hoa', seat: '30' }, { fullName: '' }] });
    expect(positions.data).toMatchObject({ added: 2, skipped: [{ line: 3, problems: [{ code: 'name_empty' }] }], changed: [{ line: 1 }, { line: 2 }] });
  });

  it('is the secretariat\'s only', async () => {
    const chair = await signIn(t.hub.url, t.passcode, 'chair');
    expect(await send(chair, 'delegate.import', { meetingId: 'm', delegates: [{ fullName: 'Lê Mới' }] })).toMatchObject({ ok: false, code: 'forbidden' });
    chair.disconnect();
  });
});
