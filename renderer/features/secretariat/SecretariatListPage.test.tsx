// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

describe('the meetings list: ids people can find and read (issue 18.4)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = () =>
    renderApp(
      '/secretariat',
      (socket) => {
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('meeting.list', () =>
          ok({ meetings: [{ id: 'X43_NwVr0yFN', title: 'Hội nghị Ban Chấp hành', date: '2026-12-18', place: '', status: 'draft' }] }),
        );
        socket.answers.set('staff.list', () => ok({ credentials: [] }));
        socket.answers.set('security.failures', () => ok({ failures: [], lastHour: [] }));
        socket.answers.set('meeting.create', (input) => ok({ meetingId: (input as { id?: string }).id ?? (input as { date: string }).date }));
        socket.answers.set('meeting.open', () => ({ ok: false, code: 'not_found', message: 'no' }));
      },
      { stored },
    );

  it('shows each meeting’s id with a copy button', async () => {
    app = await open();
    const row = app.get('secretariat-meeting');
    expect(row.querySelector('[data-testid="meeting-id-text"]')!.textContent).toBe('X43_NwVr0yFN');
    expect(row.querySelector('[data-testid="meeting-id-copy"]')).toBeTruthy();
  });

  it('takes a readable id as typed, made into one, and says what an empty one becomes', async () => {
    app = await open();
    await fill(app.get('meeting-date-input'), '2026-12-18');
    const id = app.get('meeting-id-input') as HTMLInputElement;
    expect(id.placeholder).toBe('2026-12-18');
    expect(app.get('create-meeting-form').textContent).toContain('dùng ngày họp (2026-12-18)');
    await fill(app.get('meeting-title-input'), 'Hội nghị lần thứ 12');
    await fill(id, 'Hội nghị 12');
    await click(app.get('create-meeting-submit'));
    expect(app.socket.sent.find((s) => s.name === 'meeting.create')?.input).toEqual({ title: 'Hội nghị lần thứ 12', date: '2026-12-18', place: '', id: 'Hoi-nghi-12' });
  });
});
