// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DelegateImport } from '../../../shared/domain/delegate-rows.ts';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { click, demoSnapshot, fill, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

function draft(): MeetingSnapshot {
  const snapshot = demoSnapshot(3, null);
  snapshot.meeting.status = 'draft';
  return snapshot;
}

const scripted = (snapshot: MeetingSnapshot) => (socket: Rendered['socket']) => {
  socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
  socket.answers.set('session.resume', () => ok(session));
};

/** A fetch that records each request and answers from `answer`. */
function recordingFetch(answer: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return answer(url, init);
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Files dropped from the desktop onto `target` (React reads the native event's dataTransfer). */
async function dropFiles(target: Element, files: File[]) {
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await act(async () => target.dispatchEvent(Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer })));
  }
  await settle();
}

async function chooseFiles(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

const pdf = (name: string) => new File(['%PDF-1.7\n'], name, { type: 'application/pdf' });

async function waitFor(check: () => boolean, what: string) {
  for (let i = 0; i < 50; i++) {
    if (check()) return;
    await settle();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const preview: DelegateImport = {
  encoding: 'tcvn3',
  format: 'csv',
  columns: [
    { index: 0, header: 'STT', field: 'number' },
    { index: 1, header: 'Họ và tên', field: 'fullName' },
    { index: 2, header: 'Đơn vị', field: 'organisation' },
    { index: 3, header: 'Số ghế', field: 'seat' },
    { index: 4, header: 'Ghi chú', field: null },
  ],
  rows: [
    { line: 2, delegate: { fullName: 'Lê Văn Thắng', title: '', organisation: 'Sở Tư pháp', group: '', seat: 'B01' }, errors: [], changes: [], warnings: [], matches: null },
    {
      line: 3,
      delegate: { fullName: 'Nguyễn Văn Hùng', title: 'Bí thư', organisation: 'Tỉnh ủy', group: 'Thường trực', seat: 'A01' },
      errors: [],
      changes: [],
      warnings: ['Dòng 3: Nguyễn Văn Hùng (Tỉnh ủy) cũng có tên ở dòng 5.'],
      matches: 'p1',
    },
    { line: 4, delegate: { fullName: '', title: '', organisation: 'UBND', group: '', seat: 'B02' }, errors: ['Dòng 4: chưa có họ tên (cột "Họ và tên").'], changes: [], warnings: [], matches: null },
    {
      line: 6,
      delegate: { fullName: 'Trần Văn Nam', title: '', organisation: 'Sở Y tế', group: '', seat: 'B01' },
      errors: [],
      changes: ['Dòng 6: ghế B01 (cột "Số ghế") trùng với dòng 2; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.'],
      warnings: [],
      matches: null,
    },
    { line: 7, delegate: { fullName: 'Phạm Thị Lan', title: '', organisation: 'Sở Nội vụ', group: '', seat: 'B05' }, errors: [], changes: [], warnings: [], matches: null },
  ],
  fileErrors: [],
  notes: ['Đã chuyển 12 ô từ bảng mã TCVN3 (ABC) sang Unicode.'],
};

describe('secretariat: preparing and publishing', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('previews a delegate file row by row, saves nothing before the button, then imports every row that can be a delegate and lists each line skipped or changed and why', async () => {
    const http = recordingFetch(() => json(200, preview));
    const answer = {
      added: 3,
      updated: 1,
      skipped: [{ line: 4, problems: [{ code: 'name_empty' }] }],
      changed: [
        { line: 2, problems: [{ code: 'seat_twice', seat: 'B01', lines: [6] }] },
        { line: 6, problems: [{ code: 'seat_twice', seat: 'B01', lines: [2] }] },
      ],
    };
    app = await renderApp('/secretariat/demo?tab=delegates', (socket) => {
      scripted(demoSnapshot(3, null))(socket);
      socket.answers.set('delegate.import', () => ok(answer, 4));
    }, { stored, fetch: http.fetch });
    await click(app.get('import-delegates'));
    await chooseFiles(app.get('import-file'), [new File(['x'], 'đại biểu.csv', { type: 'text/csv' })]);

    expect(http.calls).toHaveLength(1);
    const [call] = http.calls;
    // The hub writes the rows' messages in the screen's language (Vietnamese here).
    expect(call!.url).toBe('http://hub.test/api/meetings/demo/delegates/preview?name=%C4%91%E1%BA%A1i%20bi%E1%BB%83u.csv&lang=vi');
    expect(call!.url).not.toContain('token');
    expect((call!.init.headers as Record<string, string>).Authorization).toBe('Bearer sec-token');
    expect(app.socket.sentNames()).not.toContain('delegate.import');

    expect(app.get('import-encoding').textContent).toContain('TCVN3');
    expect(app.get('import-notes').textContent).toContain('sang Unicode');
    const counts = app.get('import-counts');
    expect([counts.dataset.added, counts.dataset.updated, counts.dataset.errors]).toEqual(['3', '1', '1']);
    expect(counts.textContent).toContain('1 dòng nhập chưa có số ghế');
    expect(app.all('import-row').map((r) => [r.dataset.line, r.dataset.outcome, r.dataset.changes])).toEqual([
      ['2', 'new', '0'],
      ['3', 'update', '0'],
      ['4', 'error', '0'],
      ['6', 'new', '1'],
      ['7', 'new', '0'],
    ]);
    expect(app.get('import-row-error').textContent).toBe('Dòng 4: chưa có họ tên (cột "Họ và tên").');
    expect(app.get('import-row-change').textContent).toContain('đại biểu vẫn được nhập nhưng chưa có số ghế');
    expect(app.get('import-dropped-seat').textContent).toBe('B01');
    expect(app.get('import-row-warning').textContent).toContain('cũng có tên ở dòng 5');
    expect(app.get('import-ignored').textContent).toContain('“Ghi chú”');
    expect(app.get('import-submit').textContent).toBe('Nhập 4 đại biểu');

    // Every row goes to the hub with its line, the skipped one too, so that its answer names them all.
    await click(app.get('import-submit'));
    const sent = (line: number) => {
      const row = preview.rows.find((r) => r.line === line)!;
      return { line, ...row.delegate };
    };
    expect(app.socket.sent.at(-1)).toEqual({ name: 'delegate.import', input: { meetingId: 'demo', delegates: [2, 3, 4, 6, 7].map(sent) } });
    expect(app.get('import-done').dataset).toMatchObject({ added: '3', updated: '1' });
    expect(app.all('import-preview')).toHaveLength(0);
    const said = (id: string) => [...app.get(id).querySelectorAll('li')].map((li) => `${li.dataset.line}: ${li.textContent}`);
    expect(app.get('import-skipped').textContent).toContain('Không nhập 1 dòng');
    expect(said('import-skipped')).toEqual(['4: Dòng 4: chưa có họ tên (cột "Họ và tên").']);
    expect(app.get('import-changed').textContent).toContain('hãy xếp ghế cho các đại biểu này');
    expect(said('import-changed')).toEqual([
      '2: Dòng 2: ghế B01 (cột "Số ghế") trùng với dòng 6; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.',
      '6: Dòng 6: ghế B01 (cột "Số ghế") trùng với dòng 2; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.',
    ]);
    // The words are the screen's: switched to English, the same report in English.
    await click(app.get('language-en'));
    expect(said('import-skipped')).toEqual(['4: Line 4: the name is empty (column "Họ và tên").']);
  });

  it('shows only the rows with something to say in a long preview, at a click', { timeout: 20_000 }, async () => {
    // A congress's list is 1,500 rows; 400 make the point in happy-dom's time.
    const rows = Array.from({ length: 400 }, (_, i) => ({ ...preview.rows[0]!, line: i + 2, delegate: { ...preview.rows[0]!.delegate, fullName: `Đại biểu ${i + 1}`, seat: String(i + 1) } }));
    rows[70] = { ...rows[70]!, errors: ['Dòng 72: chưa có họ tên (cột "Họ và tên").'] };
    rows[120] = { ...rows[120]!, changes: ['Dòng 122: ghế 121 …'] };
    rows[340] = { ...rows[340]!, warnings: ['Dòng 342: …'] };
    const http = recordingFetch(() => json(200, { ...preview, rows }));
    app = await renderApp('/secretariat/demo?tab=delegates', scripted(demoSnapshot(3, null)), { stored, fetch: http.fetch });
    await click(app.get('import-delegates'));
    await chooseFiles(app.get('import-file'), [new File(['x'], 'ds.csv', { type: 'text/csv' })]);
    expect(app.all('import-row')).toHaveLength(400);
    expect(app.get('import-filter-problems').textContent).toBe('Chỉ các dòng cần xem (3)');
    await click(app.get('import-filter-problems'));
    expect(app.all('import-row').map((r) => r.dataset.line)).toEqual(['72', '122', '342']);
    expect(app.get('import-filter-problems').getAttribute('aria-pressed')).toBe('true');
    await click(app.get('import-filter-all'));
    expect(app.all('import-row')).toHaveLength(400);
  });

  it('asks the hub for the messages in English when the screen is in English', async () => {
    const http = recordingFetch(() => json(200, preview));
    app = await renderApp('/secretariat/demo?tab=delegates', scripted(demoSnapshot(3, null)), { stored, fetch: http.fetch, language: 'en' });
    await click(app.get('import-delegates'));
    await chooseFiles(app.get('import-file'), [new File(['x'], 'list.csv', { type: 'text/csv' })]);
    expect(http.calls.map((c) => new URL(c.url).searchParams.get('lang'))).toEqual(['en']);
  });

  it('reads the same file again in the new language when the screen switches language with a preview open', async () => {
    const http = recordingFetch(() => json(200, preview));
    app = await renderApp('/secretariat/demo?tab=delegates', scripted(demoSnapshot(3, null)), { stored, fetch: http.fetch });
    await click(app.get('import-delegates'));
    await chooseFiles(app.get('import-file'), [new File(['x'], 'list.csv', { type: 'text/csv' })]);
    await click(app.get('language-en'));
    await vi.waitFor(() => expect(http.calls.map((c) => new URL(c.url).searchParams.get('lang'))).toEqual(['vi', 'en']));
    await vi.waitFor(() => expect(app.all('import-preview')).toHaveLength(1));
  });

  it('shows a refused file’s reasons plainly and offers no import', async () => {
    const refused: DelegateImport = { ...preview, encoding: 'unknown', rows: [], fileErrors: ['The file is not a CSV or XLSX file (it looks like a PDF).'], notes: [] };
    const http = recordingFetch(() => json(200, refused));
    app = await renderApp('/secretariat/demo?tab=delegates', scripted(demoSnapshot(3, null)), { stored, fetch: http.fetch, language: 'en' });
    await click(app.get('import-delegates'));
    await dropFiles(app.get('delegate-import'), [new File(['%PDF'], 'list.pdf')]);
    expect(app.get('import-file-errors').textContent).toBe('The file is not a CSV or XLSX file (it looks like a PDF).');
    expect(app.all('import-rows')).toHaveLength(0);
    expect((app.get('import-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('publishes only after a confirmation that says what the tablets will do; blocks an empty meeting', async () => {
    const empty = draft();
    empty.delegates = [];
    app = await renderApp('/secretariat/demo', scripted(empty), { stored, language: 'en' });
    expect(app.get('meeting-status').dataset.status).toBe('draft');
    const checks = Object.fromEntries(app.all('publish-check').map((c) => [c.dataset.check, c.dataset.ok]));
    expect(checks).toMatchObject({ agenda: 'true', delegates: 'false', documents: 'true' });
    expect(app.get('publish-checks').textContent).not.toContain('0 delegates have no seat');
    expect(checks.seats).toBeUndefined();
    expect((app.get('publish') as HTMLButtonElement).disabled).toBe(true);
    app.unmount();

    app = await renderApp('/secretariat/demo', (socket) => {
      scripted(draft())(socket);
      socket.answers.set('meeting.publish', () => ok({}, 4));
    }, { stored, language: 'en' });
    await click(app.get('publish'));
    expect(app.socket.sentNames()).not.toContain('meeting.publish');
    expect(app.get('publish-confirm-panel').textContent).toContain('starts downloading the 1 document');
    await click(app.get('publish-confirm'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'meeting.publish', input: { meetingId: 'demo' } });
    expect(app.all('publish-confirm-panel')).toHaveLength(0);
  });

  it('closes a published meeting after saying that tablets delete the restricted documents, and shows the hub’s refusal', async () => {
    const snapshot = demoSnapshot(3, null);
    snapshot.documents[0] = { ...snapshot.documents[0]!, access: { kind: 'staff' } };
    app = await renderApp('/secretariat/demo', (socket) => {
      scripted(snapshot)(socket);
      socket.answers.set('meeting.end', () => ({ ok: false, code: 'conflict', message: 'The meeting is closed already.' }));
    }, { stored, language: 'en' });
    await click(app.get('close-meeting'));
    expect(app.get('close-confirm-panel').textContent).toContain('delete the 1 restricted document');
    await click(app.get('close-confirm'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'meeting.end', input: { meetingId: 'demo' } });
    expect(app.get('status-error').textContent).toContain('The meeting is closed already.');
  });

  it('uploads several PDFs dropped on an item, one error per refused file, its reason in the screen’s language', async () => {
    let n = 0;
    const http = recordingFetch(() =>
      ++n === 1
        ? json(201, { sha256: 'b'.repeat(64), pages: 2, bytes: 9 })
        : json(422, { ok: false, code: 'bad_document', reason: 'encrypted', message: 'The PDF is protected by a password; save it without one and try again.' }),
    );
    app = await renderApp('/secretariat/demo', (socket) => {
      scripted(draft())(socket);
      socket.answers.set('document.add', () => ok({ documentId: 'd9' }, 4));
    }, { stored, fetch: http.fetch });
    const item = app.all('agenda-item').find((e) => e.dataset.itemId === 'close')!;
    await dropFiles(item, [pdf('To_trinh_so_12.pdf'), pdf('mat.pdf'), new File(['x'], 'ảnh.png', { type: 'image/png' })]);
    await waitFor(() => app.all('upload').every((u) => u.dataset.phase === 'failed' || u.dataset.phase === 'done'), 'the uploads');

    expect(http.calls.map((c) => c.url)).toEqual(['http://hub.test/api/documents', 'http://hub.test/api/documents']);
    expect(app.socket.sent.filter((s) => s.name === 'document.add').map((s) => s.input)).toEqual([
      { meetingId: 'demo', itemId: 'close', title: 'To trinh so 12', sha256: 'b'.repeat(64), access: { kind: 'all' } },
    ]);
    const byName = Object.fromEntries(app.all('upload').map((u) => [u.dataset.name, u]));
    expect(byName['To_trinh_so_12.pdf']!.dataset.phase).toBe('done');
    const refused = byName['mat.pdf']!.querySelector('[data-testid="upload-error"]') as HTMLElement;
    expect(refused.dataset.reason).toBe('encrypted');
    // Not "Chi tiết: The PDF is protected by a password…" under a Vietnamese headline: the hub's English stays a tooltip.
    expect(refused.textContent).toBe('PDF được bảo vệ bằng mật khẩu: hãy lưu lại một bản không có mật khẩu rồi tải lên lại.');
    expect(refused.title).toContain('protected by a password');
    expect(byName['ảnh.png']!.querySelector('[data-testid="upload-error"]')!.textContent).toBe('Tệp không phải là PDF.');
  });

  it('restricts a document to groups of the delegate list or a typed one, and replaces it with a new version', async () => {
    const snapshot = demoSnapshot(3, null);
    snapshot.documents[0] = { ...snapshot.documents[0]!, version: 2, updatedAt: '2026-11-23T02:15:00.000Z' };
    const http = recordingFetch(() => json(201, { sha256: 'c'.repeat(64), pages: 3, bytes: 9 }));
    app = await renderApp('/secretariat/demo', (socket) => {
      scripted(snapshot)(socket);
      socket.answers.set('document.update', () => ok({}, 4));
      socket.answers.set('document.replace', () => ok({ version: 3 }, 5));
    }, { stored, fetch: http.fetch, language: 'en' });
    const row = app.get('document-item');
    expect(row.querySelector('[data-testid="document-version"]')!.textContent).toBe('Version 2');
    expect(row.querySelector('[data-testid="document-updated"]')!.textContent).toContain('Updated at');

    const kind = row.querySelector<HTMLSelectElement>('[data-testid="access-kind"]')!;
    await act(async () => {
      kind.value = 'groups';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(app.socket.sentNames()).not.toContain('document.update'); // no group chosen yet
    expect(app.all('access-group').map((b) => b.dataset.group)).toEqual(['Thường trực']);
    await click(app.get('access-group'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'document.update', input: { meetingId: 'demo', documentId: 'd1', access: { kind: 'groups', groups: ['Thường trực'] } } });

    await chooseFiles(row.querySelector<HTMLElement>('[data-testid="document-replace-file"]')!, [pdf('v3.pdf')]);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'document.replace', input: { meetingId: 'demo', documentId: 'd1', sha256: 'c'.repeat(64) } });
  });

  it('warns about a seat someone else holds while typing, and saves a free one', async () => {
    app = await renderApp('/secretariat/demo?tab=delegates', (socket) => {
      scripted(demoSnapshot(3, null))(socket);
      socket.answers.set('delegate.update', () => ok({}, 4));
    }, { stored, language: 'en' });
    const row = app.all('delegate-row').find((r) => r.dataset.delegateId === 'p2')!;
    await click(row.querySelector('[data-testid="seat-edit"]')!);
    await fill(app.get('seat-input'), 'A01');
    expect(app.get('seat-taken').textContent).toBe('Seat A01 is Nguyễn Văn Hùng’s.');
    await fill(app.get('seat-input'), 'B07');
    expect(app.all('seat-taken')).toHaveLength(0);
    await act(async () => app.get('seat-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await settle();
    expect(app.socket.sent.at(-1)).toEqual({ name: 'delegate.update', input: { meetingId: 'demo', delegateId: 'p2', seat: 'B07' } });
  });

  it('shows each tablet’s preload from preload.list, then live from preload.changed', async () => {
    const device = (id: string, extra: object) => ({
      deviceId: id,
      deviceName: `Tablet ${id}`,
      delegateId: 'p1',
      delegateName: 'Nguyễn Văn Hùng',
      online: true,
      documentsTotal: 4,
      documentsDone: 1,
      bytesTotal: 4_000_000,
      bytesDone: 1_000_000,
      failed: [],
      reportedAt: '2026-11-23T02:00:00.000Z',
      purgedAt: null,
      forgottenAt: null,
      mustPurge: false,
      ...extra,
    });
    app = await renderApp('/secretariat/demo?tab=preload', (socket) => {
      scripted(demoSnapshot(3, null))(socket);
      socket.answers.set('preload.list', () => ok({ devices: [device('t1', {}), device('t2', { delegateId: null, delegateName: null, online: false })] }));
    }, { stored, language: 'en' });
    expect(app.socket.sent.find((s) => s.name === 'preload.list')?.input).toEqual({ meetingId: 'demo' });
    expect(app.all('preload-row').map((r) => r.dataset.deviceId)).toEqual(['t1', 't2']);
    await push(app.socket, 'preload.changed', {
      meetingId: 'demo',
      devices: [device('t2', { documentsDone: 3, failed: [{ documentId: 'd1', title: 'Báo cáo số 215', error: 'sha256 does not match' }] })],
    });
    const rows = app.all('preload-row');
    expect(rows[0]!.dataset).toMatchObject({ deviceId: 't2', done: '3', failed: '1' }); // failures first
    expect(rows[0]!.querySelector('[data-testid="preload-failed"]')!.textContent).toBe('Báo cáo số 215: sha256 does not match');
    expect(rows[1]!.textContent).toContain('25%');
  });
});
