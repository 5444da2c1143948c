import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import { PEOPLE } from '../fixtures/delegates/people.ts';
import { ok, pairedDevice, send, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/delegates');
const file = (name: string) => readFileSync(join(FIXTURES, name));

describe('importing a delegate list: preview over HTTP, then delegate.import', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let token: string;
  const today = new Date().toISOString().slice(0, 10);

  const preview = (body: Uint8Array, name: string, auth: string | null = token, meetingId = 'm') =>
    fetch(`${t.hub.url}/api/meetings/${meetingId}/delegates/preview?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: auth ? { Authorization: `Bearer ${auth}` } : {},
      body: new Uint8Array(body),
    });
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

    const chair = await signIn(t.hub.url, t.passcode, 'chair');
    const chairToken = (await ok(chair, 'session.signIn', { passcode: t.passcode, role: 'chair' })).data.token;
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
    expect((await preview(file('utf8.csv'), 'ds.csv', delegateToken)).status).toBe(403);

    expect((await preview(file('utf8.csv'), 'ds.csv', token, 'nosuch')).status).toBe(404);
    expect((await snapshot()).delegates).toEqual([]);
  });

  it('refuses a body over 10 MB with 413, and a refused file with 200 and the reason', async () => {
    expect((await preview(new Uint8Array(10 * 1024 * 1024 + 10), 'big.csv')).status).toBe(413);
    const xls = await preview(file('old-excel.xls'), 'ds.xls');
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
    expect(csv.notes.join(' ')).toMatch(/converted from TCVN3/);
    expect(csv.rows.map((r) => r.delegate.fullName)).toEqual(PEOPLE.map((p) => p.fullName));
    // Nothing was saved by previewing.
    expect((await snapshot()).delegates).toEqual([]);

    const imported = await ok(secretariat, 'delegate.import', { meetingId: 'm', delegates: fromXlsx.rows.map((r) => r.delegate) });
    expect(imported.data).toEqual({ added: PEOPLE.length, updated: 0 });
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
    expect(second.data).toEqual({ added: 0, updated: PEOPLE.length });
    const final = await snapshot();
    expect(final.delegates).toHaveLength(PEOPLE.length);
    // TCVN3 had no "Ủ": the title as the file gives it replaced the one from the XLSX.
    expect(final.delegates.find((d) => d.fullName === 'Trần Văn Đức')?.title).toBe('Chủ tịch ủy ban nhân dân tỉnh');
    expect(new Set(final.delegates.map((d) => d.id))).toEqual(new Set(after.delegates.map((d) => d.id)));
  });

  it('changes nothing when a row is bad, or a seat would be shared, and names the rows', async () => {
    const before = await snapshot();
    const rows = PEOPLE.slice(0, 3).map((p) => ({ fullName: p.fullName, title: 'Khác', organisation: p.organisation, group: p.group, seat: p.seat }));

    const tooLong = await send(secretariat, 'delegate.import', { meetingId: 'm', delegates: [...rows, { fullName: 'Lê Mới', seat: '1'.repeat(21) }] });
    expect(tooLong).toMatchObject({ ok: false, code: 'bad_request' });

    const twice = await send(secretariat, 'delegate.import', { meetingId: 'm', delegates: [...rows, { fullName: 'Lê Mới', seat: '2' }] });
    expect(twice).toMatchObject({ ok: false, code: 'bad_request' });
    if (twice.ok) throw new Error('expected a refusal');
    expect(twice.message).toContain('Row 2: seat 2 is also given on row 4.');

    const taken = await send(secretariat, 'delegate.import', { meetingId: 'm', delegates: [{ fullName: 'Lê Mới', seat: '30' }, { fullName: 'Lê Khác', seat: '29' }] });
    if (taken.ok) throw new Error('expected a refusal');
    expect(taken.code).toBe('bad_request');
    expect(taken.message).toContain('Row 2: seat 29 is already assigned to Quách Thị Ửng, who is not in this list.');
    expect(taken.issues).toEqual([{ path: 'delegates.1', message: 'Row 2: seat 29 is already assigned to Quách Thị Ửng, who is not in this list.' }]);

    const emptyName = await send(secretariat, 'delegate.import', { meetingId: 'm', delegates: [...rows, { fullName: '  ' }] });
    expect(emptyName).toMatchObject({ ok: false, code: 'bad_request' });

    const after = await snapshot();
    expect(after.delegates).toEqual(before.delegates);
    expect(after.revision).toBe(before.revision);
  });

  it('is the secretariat\'s only', async () => {
    const chair = await signIn(t.hub.url, t.passcode, 'chair');
    expect(await send(chair, 'delegate.import', { meetingId: 'm', delegates: [{ fullName: 'Lê Mới' }] })).toMatchObject({ ok: false, code: 'forbidden' });
    chair.disconnect();
  });
});
