// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { HubClient } from '../../client/HubClient.ts';
import { HubProvider } from '../../client/react.tsx';
import { fakeSocketFactory } from '../../client/testing/fakeSocket.ts';
import { createI18n } from '../../i18n/index.ts';
import { namespaces } from '../../app/strings.ts';
import { memoryStorage } from '../../platform/index.ts';
import { AppShellProvider } from './react.tsx';
import { AppShell, type ShellWorker } from './shell.ts';
import { UpdateBanner } from './UpdateBanner.tsx';

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(() => {
  if (root) act(() => root!.unmount());
  container?.remove();
  root = null;
});

/** The followed meeting with a motion in that state (the banner reads only whether a vote is open). */
const meetingWithVote = (status: 'prepared' | 'open' | 'closed') =>
  ({ id: 'demo', snapshot: { revision: 1, motions: [{ id: 'v1', status }], elections: [] } as unknown as MeetingSnapshot, error: null });

async function render(path: string) {
  const calls: string[] = [];
  let waiting: (() => void) | null = null;
  const worker: ShellWorker = {
    register: async () => undefined,
    update: async () => void calls.push('update'),
    messageSkipWaiting: () => void calls.push('skipWaiting'),
    addEventListener: (type, listener) => {
      if (type === 'waiting') waiting = () => listener({});
    },
  };
  const shell = new AppShell(worker, () => calls.push('reload'));
  const storage = memoryStorage();
  const client = new HubClient({ platform: { hubUrl: 'http://hub.test', deviceName: 'test', storage }, createSocket: fakeSocketFactory().factory });
  const i18n = await createI18n(storage, namespaces);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root!.render(
      <I18nextProvider i18n={i18n}>
        <HubProvider client={client}>
          <AppShellProvider shell={shell}>
            <MemoryRouter initialEntries={[path]}>
              <UpdateBanner />
            </MemoryRouter>
          </AppShellProvider>
        </HubProvider>
      </I18nextProvider>,
    );
  });
  const banner = () => container!.querySelector<HTMLElement>('[data-testid="app-update"]');
  const setVote = (status: 'prepared' | 'open' | 'closed') => act(() => client.hubState.setState({ meeting: meetingWithVote(status) }));
  return { calls, banner, setVote, newBuild: () => act(() => waiting!()), container: container! };
}

describe('the update banner: a newer build at a safe moment', () => {
  it('offers the newer build, never while a vote is open, and applies it when asked', async () => {
    const screen = await render('/tablet/demo');
    screen.setVote('prepared');
    expect(screen.banner()).toBeNull();
    screen.newBuild();
    expect(screen.banner()?.textContent).toContain('Đã có phiên bản mới của ứng dụng.');
    screen.setVote('open');
    expect(screen.banner()).toBeNull();
    screen.setVote('closed');
    expect(screen.banner()).not.toBeNull();
    expect(screen.calls).toEqual([]);
    await act(async () => screen.container.querySelector<HTMLButtonElement>('[data-testid="app-update-apply"]')!.click());
    expect(screen.calls).toEqual(['skipWaiting']);
  });

  it('on the projector, which nobody touches, takes it by itself once no vote is open', async () => {
    const screen = await render('/projector/demo');
    screen.setVote('open');
    screen.newBuild();
    expect(screen.calls).toEqual([]);
    screen.setVote('closed');
    expect(screen.calls).toEqual(['skipWaiting']);
  });
});
