// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSnapshot, ok, renderApp, settle, type Rendered } from '../../testing/render.tsx';
import { firstTitle } from './uploadQueue.ts';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const pdf = (name: string) => new File(['%PDF-1.7\n'], name, { type: 'application/pdf' });

describe("a document's first title", () => {
  it.each<[string | null | undefined, string, string]>([
    ['Tờ trình số 12/TTr-UBND', 'TTr_12_final_v3.pdf', 'Tờ trình số 12/TTr-UBND'],
    [null, 'To_trinh_so_12.pdf', 'To trinh so 12'],
    [undefined, 'Bao_cao.PDF', 'Bao cao'],
    ['  ', 'Bao_cao.pdf', 'Bao cao'],
  ])('the PDF says %j, the file is %s: %s', (title, name, expected) => {
    expect(firstTitle({ title }, { name })).toBe(expected);
  });
});

describe('uploading PDFs onto an item', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it("titles each document with the PDF's own title when it has one, else with its file name", async () => {
    const answers = [
      { sha256: 'b'.repeat(64), pages: 2, bytes: 9, title: 'Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công' },
      { sha256: 'c'.repeat(64), pages: 1, bytes: 9, title: null },
    ];
    const fetch = (async () => json(201, answers.shift())) as typeof globalThis.fetch;
    app = await renderApp(
      '/secretariat/demo',
      (socket) => {
        const snapshot = demoSnapshot(3, null);
        snapshot.meeting.status = 'draft';
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('document.add', () => ok({ documentId: 'd9' }, 4));
      },
      { stored, fetch },
    );
    const item = app.all('agenda-item').find((e) => e.dataset.itemId === 'close')!;
    const dataTransfer = { types: ['Files'], files: [pdf('TTr_12_final_v3.pdf'), pdf('Phu_luc_1.pdf')], dropEffect: 'none' };
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await act(async () => item.dispatchEvent(Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer })));
    }
    for (let i = 0; i < 50 && app.socket.sent.filter((s) => s.name === 'document.add').length < 2; i++) await settle();
    expect(app.socket.sent.filter((s) => s.name === 'document.add').map((s) => (s.input as { title: string }).title)).toEqual([
      'Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công',
      'Phu luc 1',
    ]);
  });
});
