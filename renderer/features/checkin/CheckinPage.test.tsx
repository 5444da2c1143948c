// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { captureLinks, ticketFetch } from '../../testing/links.ts';
import { click, demoSnapshot, fill, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';

const session = { token: 'desk', role: 'checkin', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ checkin: session }), 'roundtable.checkin.sound': 'off' };
const TOKEN = 'RT1.demo.p1.1.ksb.AAAAAAAAAAAAAAAAAAAAAA';

const hung = { delegateId: 'p1', fullName: 'Nguyễn Văn Hùng', seat: 'A01', organisation: 'Tỉnh ủy' };

function open(snapshot: MeetingSnapshot = demoSnapshot(1, null)) {
  return (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
    socket.answers.set('session.resume', () => ok(session));
  };
}

/** What a handheld scanner does: types into the focused field, then Enter. */
async function scan(app: Rendered, text: string): Promise<void> {
  const input = app.get('checkin-scan-input') as HTMLInputElement;
  expect(document.activeElement).toBe(input);
  input.value = text;
  await act(async () => input.form!.requestSubmit());
  await settle();
}

describe('check-in desk', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('finds “Nguyễn Văn” from “nguyen van”', async () => {
    app = await renderApp('/checkin/demo', open(), { stored });
    expect(app.all('delegate-row')).toHaveLength(2);
    await fill(app.get('checkin-search'), 'nguyen van');
    expect(app.all('delegate-row').map((r) => r.textContent)).toEqual([expect.stringContaining('Nguyễn Văn Hùng')]);
    expect(app.get('checkin-count').textContent).toBe('Hiển thị 1 / 2 đại biểu');
  });

  it('checks a scanned badge in: green with name, organisation and seat; the field is empty and focused again', async () => {
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        open()(socket);
        socket.answers.set('checkin.scan', () => ok({ ...hung, outcome: 'checked_in', at: '2026-11-23T01:02:00.000Z' }, 2));
      },
      { stored },
    );
    await scan(app, `${TOKEN}\r`);
    expect(app.socket.sent.filter((s) => s.name === 'checkin.scan').map((s) => s.input)).toEqual([{ meetingId: 'demo', code: TOKEN }]);
    const result = app.get('checkin-result');
    expect(result.dataset.outcome).toBe('checked_in');
    expect(result.textContent).toContain('Đã điểm danh');
    expect(result.textContent).toContain('Nguyễn Văn Hùng');
    expect(result.textContent).toContain('Tỉnh ủy');
    expect(result.textContent).toContain('A01');
    expect((app.get('checkin-scan-input') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(app.get('checkin-scan-input'));
  });

  it('says amber “already checked in at” with the first time, and red with the reason for a refused badge', async () => {
    let answer: unknown = ok({ ...hung, outcome: 'already_present', at: new Date(2026, 10, 23, 8, 2).toISOString() });
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        open()(socket);
        socket.answers.set('checkin.scan', () => answer);
      },
      { stored },
    );
    await scan(app, TOKEN);
    expect(app.get('checkin-result').dataset.outcome).toBe('already_present');
    expect(app.get('checkin-result').textContent).toContain('Đã điểm danh lúc 08:02');

    answer = { ok: false, code: 'badge_forged', message: 'This badge was not issued by this hub.' };
    await scan(app, TOKEN.replace(/AAAA$/, 'BBBB'));
    expect(app.get('checkin-result').dataset.outcome).toBe('refused');
    expect(app.get('checkin-result').dataset.code).toBe('badge_forged');
    expect(app.get('checkin-result').textContent).toContain('Thẻ giả');

    answer = { ok: false, code: 'not_found', message: 'No badge of this meeting has the code K7QM-2XHP.' };
    await scan(app, 'k7qm-2xhp');
    expect(app.socket.sent.at(-1)?.input).toEqual({ meetingId: 'demo', code: 'k7qm-2xhp' });
    expect(app.get('checkin-result').dataset.code).toBe('not_found');
  });

  it('keeps a refused code in the field, selected, for the person to check, and lets the next scan replace it', async () => {
    let answer: unknown = { ok: false, code: 'not_found', message: 'No badge of this meeting has the code K7QM-2XHP.' };
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        open()(socket);
        socket.answers.set('checkin.scan', () => answer);
      },
      { stored },
    );
    const input = app.get('checkin-scan-input') as HTMLInputElement;
    await scan(app, 'k7qm-2xhp\r');
    expect(app.get('checkin-result').dataset.code).toBe('not_found');
    expect(app.get('checkin-result').textContent).toContain('Kiểm tra lại mã đã gõ');
    expect(input.value).toBe('k7qm-2xhp');
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 9]);
    expect(document.activeElement).toBe(input);

    // A green one empties it as before.
    answer = ok({ ...hung, outcome: 'checked_in', at: '2026-11-23T01:02:00.000Z' }, 2);
    await scan(app, TOKEN);
    expect(app.get('checkin-result').dataset.outcome).toBe('checked_in');
    expect(input.value).toBe('');
  });

  it('does not send what a Vietnamese input method rewrote, and says how to fix it', async () => {
    app = await renderApp('/checkin/demo', open(), { stored });
    await scan(app, 'RT1.đemo.p1');
    expect(app.socket.sentNames()).not.toContain('checkin.scan');
    expect(app.get('checkin-result').dataset.code).toBe('keyboard_ime');
    expect(app.get('checkin-result').textContent).toContain('Unikey');
  });

  it('sends a badge the scanner typed into the name search as a scan, and focuses the scan field again', async () => {
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        open()(socket);
        socket.answers.set('checkin.scan', () => ok({ ...hung, outcome: 'checked_in', at: '2026-11-23T01:02:00.000Z' }, 2));
      },
      { stored },
    );
    const search = app.get('checkin-search') as HTMLInputElement;
    await act(async () => search.focus());
    await fill(search, TOKEN);
    await act(async () => search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await settle();
    expect(app.socket.sent.filter((s) => s.name === 'checkin.scan').map((s) => s.input)).toEqual([{ meetingId: 'demo', code: TOKEN }]);
    expect(search.value).toBe('');
    expect(app.get('checkin-result').dataset.outcome).toBe('checked_in');
    expect(document.activeElement).toBe(app.get('checkin-scan-input'));
  });

  it('counts who is present and the quorum, live', async () => {
    const snapshot = demoSnapshot(1, null);
    app = await renderApp('/checkin/demo', open(snapshot), { stored, language: 'en' });
    const counters = () => app.get('checkin-counters');
    expect(counters().dataset.present).toBe('0');
    expect(counters().dataset.members).toBe('2');
    expect(counters().textContent).toContain('needs 2, 2 more');
    await push(app.socket, 'meeting.changed', {
      meetingId: 'demo',
      fromRevision: 2,
      revision: 2,
      changes: [{ collection: 'attendance', id: 'p1', value: { id: 'p1', status: 'present', checkedInAt: '2026-11-23T01:00:00.000Z', checkedOutAt: null } }],
    });
    expect(counters().dataset.present).toBe('1');
    expect(app.all('delegate-row').find((r) => r.dataset.delegateId === 'p1')?.dataset.status).toBe('present');
  });

  it('checks in by name after confirming, and shows it as a scan would', async () => {
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        open()(socket);
        socket.answers.set('checkin.manual', () => ok({ ...hung, delegateId: 'p2', fullName: 'Trần Thị Hằng', seat: 'A02', organisation: 'UBND tỉnh', outcome: 'checked_in', at: '2026-11-23T01:02:00.000Z' }, 2));
      },
      { stored },
    );
    const row = app.all('delegate-row').find((r) => r.dataset.delegateId === 'p2')!;
    expect(row.querySelector('[data-testid="manual-checkin"]')).toBeNull();
    await click(row.querySelector('[data-testid="delegate-open"]')!);
    await click(row.querySelector('[data-testid="manual-checkin"]')!);
    expect(app.socket.sentNames()).not.toContain('checkin.manual');
    expect(row.textContent).toContain('Đã đối chiếu giấy tờ');
    await click(row.querySelector('[data-testid="manual-checkin-confirm"]')!);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'checkin.manual', input: { meetingId: 'demo', delegateId: 'p2' } });
    expect(app.get('checkin-result').dataset.outcome).toBe('checked_in');
    expect(app.get('checkin-result').textContent).toContain('Trần Thị Hằng');
  });

  it('reissues a lost badge after warning that the old one stops working, then offers the new one to print', async () => {
    const hub = ticketFetch();
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        open()(socket);
        socket.answers.set('badge.issue', () => ok({ delegateId: 'p1', serial: 2, token: 'RT1.x', shortCode: 'K7QM-2XHP' }, 2));
      },
      { stored, fetch: hub.fetch },
    );
    const row = app.all('delegate-row').find((r) => r.dataset.delegateId === 'p1')!;
    await click(row.querySelector('[data-testid="delegate-open"]')!);
    expect(row.textContent).toContain('Thẻ số 1');
    await click(row.querySelector('[data-testid="reissue-badge"]')!);
    expect(row.textContent).toContain('Thẻ cũ sẽ không dùng được nữa');
    await click(row.querySelector('[data-testid="reissue-badge-confirm"]')!);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'badge.issue', input: { meetingId: 'demo', delegateId: 'p1' } });
    expect(app.get('reissued-code').textContent).toBe('K7QM-2XHP');
    // The PNG opens in a new tab through a one-time link asked for on the click; no token sits in the page.
    expect(app.get('reissued-png').getAttribute('href')).toBeNull();
    const links = captureLinks();
    try {
      await click(app.get('reissued-png'));
      expect(hub.requests.map((r) => r.body)).toEqual([{ path: '/api/meetings/demo/delegates/p1/badge.png' }]);
      expect(hub.requests[0]?.headers).toMatchObject({ Authorization: 'Bearer desk' });
      expect(links.opened).toEqual([{ href: 'http://hub.test/api/meetings/demo/delegates/p1/badge.png?ticket=t-1', download: '', target: '_blank' }]);
    } finally {
      links.stop();
    }
  });
});
