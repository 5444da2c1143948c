// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLinks, ticketFetch } from '../../testing/links.ts';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';
import { minutesQuery } from './minutesLinks.ts';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

async function choose(select: Element, value: string): Promise<void> {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the minutes on the secretariat screen', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it.each([
    ['draft', false, null],
    ['published', true, 'true'],
    ['closed', true, 'false'],
  ] as const)('a %s meeting: panel shown %s, draft %s', async (status, shown, draft) => {
    const snapshot = demoSnapshot(3, null);
    snapshot.meeting = { ...snapshot.meeting, status };
    app = await renderApp('/secretariat/demo', (socket) => {
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      socket.answers.set('session.resume', () => ok(session));
    }, { stored });
    const panel = app.all('minutes-panel');
    expect(panel.length > 0).toBe(shown);
    expect(panel[0]?.dataset.draft ?? null).toBe(draft);
  });

  it('opens the PDF and each spreadsheet through a one-time link, with the choices made', async () => {
    const links = captureLinks();
    const hub = ticketFetch();
    const snapshot = demoSnapshot(3, null);
    snapshot.meeting = { ...snapshot.meeting, status: 'closed' };
    try {
      app = await renderApp('/secretariat/demo', (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
      }, { stored, fetch: hub.fetch });
      expect(app.get('minutes-status').textContent).toBe('Cuộc họp đã kết thúc: đây là biên bản chính thức.');
      await choose(app.get('minutes-header'), 'party');
      await fill(app.get('minutes-body'), 'ĐẢNG ỦY KHỐI');
      await click(app.get('minutes-pdf'));
      await choose(app.get('minutes-lang'), 'en');
      await click(app.get('minutes-csv-voters'));
      expect(hub.requests.map((r) => (r.body as { path: string }).path)).toEqual(['/api/meetings/demo/minutes.pdf', '/api/meetings/demo/minutes/voters.csv']);
      const [pdf, csv] = links.opened.map((l) => new URL(l.href));
      expect(Object.fromEntries(pdf!.searchParams)).toMatchObject({ lang: 'vi', header: 'party', body: 'ĐẢNG ỦY KHỐI', ticket: 't-1' });
      expect(Object.fromEntries(csv!.searchParams)).toMatchObject({ lang: 'en', header: 'party', ticket: 't-2' });
      expect(links.opened.map((l) => l.download)).toEqual(['bien-ban-demo.pdf', 'nguoi-bo-phieu-demo-en.csv']);
    } finally {
      links.stop();
    }
  });
});

describe('minutesQuery', () => {
  it.each([
    [{ lang: 'vi', header: 'state', body: '', locality: '  ' }, { lang: 'vi', header: 'state', tz: 'Asia/Ho_Chi_Minh' }],
    [{ lang: 'en', header: 'party', body: ' X ', locality: 'Huế' }, { lang: 'en', header: 'party', tz: 'Asia/Ho_Chi_Minh', body: 'X', locality: 'Huế' }],
  ] as const)('%j', (choice, query) => {
    expect(minutesQuery(choice, 'Asia/Ho_Chi_Minh')).toEqual(query);
  });
});
