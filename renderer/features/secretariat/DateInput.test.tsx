// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

describe("the meeting's date, written as the screen's language writes it", () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
    socket.answers.set('session.resume', () => ok(session));
    socket.answers.set('meeting.update', () => ok({}, 4));
  };

  it('shows and reads day first in Vietnamese, spells the date out, and refuses the month first', async () => {
    app = await renderApp('/secretariat/demo?tab=details', open, { stored });
    const input = app.get('meeting-date-input') as HTMLInputElement;
    expect(input.type).toBe('text');
    expect(input.value).toBe('23/11/2026');
    expect(input.placeholder).toBe('nn/tt/nnnn');
    expect(app.get('meeting-date-input-said').textContent).toBe('Thứ Hai, 23 tháng 11, 2026');

    await fill(input, '12/18/2026');
    expect(app.get('meeting-date-input-said').textContent).toBe('Không có ngày này. Hãy gõ ngày/tháng/năm, ví dụ 18/12/2026.');
    expect(input.validity.valid).toBe(false);

    await fill(input, '18/12/2026');
    expect(input.validity.valid).toBe(true);
    expect(app.get('meeting-date-input-said').textContent).toBe('Thứ Sáu, 18 tháng 12, 2026');
    await click(app.get('meeting-details-save'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'meeting.update', input: { meetingId: 'demo', date: '2026-12-18' } });
    expect(input.value).toBe('18/12/2026');
  });

  it('writes it day first in English too, and anew when the language switches', async () => {
    app = await renderApp('/secretariat/demo?tab=details', open, { stored, language: 'en' });
    const input = app.get('meeting-date-input') as HTMLInputElement;
    expect(input.value).toBe('23/11/2026');
    expect(app.get('meeting-date-input-said').textContent).toBe('Monday, 23 November 2026');
    await click(app.get('language-vi'));
    expect(app.get('meeting-date-input-said').textContent).toBe('Thứ Hai, 23 tháng 11, 2026');
    expect(input.placeholder).toBe('nn/tt/nnnn');
  });
});
