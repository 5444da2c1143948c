import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { App } from '../app/App.tsx';
import { HubClient } from '../client/HubClient.ts';
import { HubProvider } from '../client/react.tsx';
import { fakeSocketFactory, type FakeSocket } from '../client/testing/fakeSocket.ts';
import { createI18n } from '../i18n/index.ts';
import { namespaces } from '../app/strings.ts';
import { memoryStorage, type Platform } from '../platform/index.ts';
import { PlatformProvider } from '../platform/react.tsx';
import { PdfEngineProvider, loadPdfjs, type PdfEngine } from '../features/pdf/engine.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  client: HubClient;
  socket: FakeSocket;
  storage: Platform['storage'];
  /** The element with that data-testid (the first), or a failure naming what is missing. */
  get(testId: string): HTMLElement;
  all(testId: string): HTMLElement[];
  unmount(): void;
}

export const ok = (data: unknown, revision: number | null = null) => ({ ok: true, revision, data });

/** The session of delegate p1 of the demo meeting, signed in with the badge on this tablet earlier. */
export const DELEGATE_SESSION = { token: 'delegate-token', role: 'delegate', delegateId: 'p1', meetingId: 'demo', expiresAt: '2099-01-01T00:00:00.000Z' };

/** What a tablet keeps once paired and signed in (pass as `stored`); `answerResume` lets the hub resume it. */
export const PAIRED_DELEGATE: Record<string, string> = {
  'roundtable.deviceToken': 'device-token',
  'roundtable.sessions': JSON.stringify({ delegate: DELEGATE_SESSION }),
};

export function answerResume(socket: FakeSocket): void {
  socket.answers.set('session.resume', () => ok(DELEGATE_SESSION));
}

/** A paired tablet with its delegate signed in, at `/tablet/demo`, the meeting `snapshot`, preload reports answered; `script` answers more. */
export function renderTablet(snapshot: MeetingSnapshot, options: Parameters<typeof renderApp>[2] = {}, script?: (socket: FakeSocket) => void): Promise<Rendered> {
  return renderApp(
    '/tablet/demo',
    (socket) => {
      answerResume(socket);
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      socket.answers.set('preload.report', () => ok({}));
      script?.(socket);
    },
    { stored: PAIRED_DELEGATE, ...options },
  );
}

/**
 * The whole app at `path`, against a scripted hub: the same providers as main.tsx, a FakeSocket
 * instead of Socket.IO. Commands the test did not script get no answer.
 */
export async function renderApp(
  path: string,
  script: (socket: FakeSocket) => void = () => {},
  options: {
    language?: 'vi' | 'en';
    stored?: Record<string, string>;
    /** Answers the client's HTTP requests (document downloads). */
    fetch?: typeof globalThis.fetch;
    /** Stands in for pdf.js in the document reader. */
    pdfEngine?: PdfEngine;
    /** The desktop app's functions (its bridge): the page runs as in the app. */
    desktop?: Platform['desktop'];
    /** The desktop app's hub address ('' at its first start); the desktop platform's default otherwise. */
    hubUrl?: string;
  } = {},
): Promise<Rendered> {
  const storage = memoryStorage();
  storage.setItem('roundtable.language', options.language ?? 'vi');
  for (const [key, value] of Object.entries(options.stored ?? {})) storage.setItem(key, value);
  const platform: Platform = options.desktop
    ? { kind: 'electron', appVersion: 'test', hubUrl: options.hubUrl ?? 'http://hub.test', deviceName: 'test', storage, desktop: options.desktop }
    : { kind: 'browser', appVersion: 'test', hubUrl: 'http://hub.test', deviceName: 'test', storage };
  const fake = fakeSocketFactory();
  const client = new HubClient({ platform, createSocket: fake.factory, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const engine = options.pdfEngine;
  const loadEngine = engine ? () => Promise.resolve(engine) : loadPdfjs;
  const socket = fake.socket();
  script(socket);
  const i18n = await createI18n(storage, namespaces);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <PlatformProvider platform={platform}>
        <I18nextProvider i18n={i18n}>
          <HubProvider client={client}>
            <PdfEngineProvider value={loadEngine}>
              <MemoryRouter initialEntries={[path]}>
                <App />
              </MemoryRouter>
            </PdfEngineProvider>
          </HubProvider>
        </I18nextProvider>
      </PlatformProvider>,
    );
  });
  client.start();
  await act(async () => socket.open());
  await settle();
  const all = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  return {
    container,
    client,
    socket,
    storage,
    all,
    get(testId) {
      const found = all(testId)[0];
      if (!found) throw new Error(`no element with data-testid="${testId}" in:\n${container.textContent}`);
      return found;
    },
    unmount() {
      act(() => root.unmount());
      client.stop();
      container.remove();
    },
  };
}

/** Lets acks (queued as microtasks) and the renders they cause run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Waits (up to `tries` × 10 ms) for `check` to hold, letting timers and renders run; throws with the screen's text if it never does. */
export async function until(app: Rendered, check: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) {
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 10)));
  }
  await settle();
  if (!check()) throw new Error(`condition not met:\n${app.container.textContent}`);
}

export async function click(element: Element): Promise<void> {
  await act(async () => (element as HTMLElement).click());
  await settle();
}

/** Types into a React-controlled input (React listens to the native setter plus an input event). */
export async function fill(input: Element, value: string): Promise<void> {
  await act(async () => {
    // React hears the value only through the element's own prototype setter (an input's or a text area's).
    const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function push(socket: FakeSocket, event: string, payload: unknown): Promise<void> {
  await act(async () => socket.push(event, payload));
  await settle();
}

/** A small meeting: 1, 2 (2.1, 2.2), 3; item 2.1 has a document. */
export function demoSnapshot(revision = 1, currentItemId: string | null = null): MeetingSnapshot {
  const item = (id: string, parentId: string | null, position: number, title: string) => ({
    id,
    parentId,
    position,
    title,
    description: '',
    durationMinutes: null,
  });
  return {
    revision,
    meeting: { id: 'demo', title: 'Phiên họp thường kỳ', date: '2026-11-23', place: 'Hội trường A', status: 'published', currentItemId, currentSince: null, quorumRule: { kind: 'majority' } },
    agendaItems: [
      item('open', null, 0, 'Khai mạc'),
      item('report', null, 1, 'Báo cáo'),
      item('report-a', 'report', 0, 'Báo cáo của UBND'),
      item('report-b', 'report', 1, 'Thẩm tra'),
      item('close', null, 2, 'Bế mạc'),
    ],
    documents: [
      { id: 'd1', itemId: 'report-a', title: 'Báo cáo số 215', sha256: 'a'.repeat(64), pages: 3, bytes: 18_700, access: { kind: 'all' }, position: 0, version: 1, updatedAt: null, previousVersions: [] },
    ],
    delegates: [
      { id: 'p1', fullName: 'Nguyễn Văn Hùng', title: 'Bí thư', organisation: 'Tỉnh ủy', group: 'Thường trực', seat: 'A01', badgeSerial: 1 },
      { id: 'p2', fullName: 'Trần Thị Hằng', title: '', organisation: 'UBND tỉnh', group: '', seat: 'A02', badgeSerial: 1 },
    ],
    attendance: [],
    quorum: { rule: { kind: 'majority' }, members: 2, present: 0, required: 2, missing: 2, reached: false },
    motions: [],
    elections: [],
    ballotCounts: [],
    speeches: [],
    itemTimes: [],
    speakingLimits: { id: 'demo', meetingSeconds: null, items: {} },
    announcements: [],
    presentation: { id: 'demo', documentId: null, page: null, access: null, hidden: false, since: null },
  };
}

export function currentChange(revision: number, snapshot: MeetingSnapshot, itemId: string | null) {
  return {
    meetingId: snapshot.meeting.id,
    fromRevision: revision,
    revision,
    changes: [{ collection: 'meeting', id: snapshot.meeting.id, value: { ...snapshot.meeting, currentItemId: itemId } }],
  };
}
