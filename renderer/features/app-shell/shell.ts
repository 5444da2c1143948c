import { Workbox } from 'workbox-window';
import { SHELL_SCRIPT } from './rules.ts';

/** How often a tablet asks the hub whether it serves a newer build (besides every reconnection). */
export const CHECK_EVERY_MS = 10 * 60_000;

/** What the page needs of the service worker's registration (workbox-window's Workbox, or a stand-in in tests). */
export interface ShellWorker {
  register(): Promise<unknown>;
  update(): Promise<unknown>;
  messageSkipWaiting(): void;
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { isExternal?: boolean; isUpdate?: boolean }) => void): void;
}

export interface AppShellView {
  /** A newer build is installed and waits for a safe moment to take over. */
  updateReady: boolean;
}

/**
 * The page's side of the app shell (renderer/sw.ts): registers the service worker, asks the hub for a newer build
 * (every CHECK_EVERY_MS and when the link comes back), and says when one waits; `apply()` lets it take over and
 * reloads the page into it. The page decides when that is safe (never during a vote: UpdateBanner).
 */
export class AppShell {
  private readonly worker: ShellWorker | null;
  private readonly reload: () => void;
  private view: AppShellView = { updateReady: false };
  private readonly listeners = new Set<() => void>();
  private applying = false;

  constructor(worker: ShellWorker | null, reload: () => void = () => globalThis.location.reload()) {
    this.worker = worker;
    this.reload = reload;
    worker?.addEventListener('waiting', () => this.set({ updateReady: true }));
    // The new build controls the page only once told to (apply) or when every older page is gone: reload into it
    // then, never on a first install (the page already runs this build).
    worker?.addEventListener('controlling', (event) => {
      if (this.applying || event.isUpdate) this.reload();
    });
  }

  /** Whether this page has a service worker at all (a secure context, a browser rather than the desktop app). */
  get enabled(): boolean {
    return this.worker !== null;
  }

  start(timers: { every(run: () => void, ms: number): void } = { every: (run, ms) => void setInterval(run, ms) }): void {
    if (!this.worker) return;
    void this.worker.register().catch(() => undefined);
    timers.every(() => this.check(), CHECK_EVERY_MS);
  }

  /** Asks the hub whether it serves a newer build; one found is installed and then waits (`updateReady`). */
  check(): void {
    void this.worker?.update().catch(() => undefined);
  }

  /** The newer build takes over now and the page reloads into it. */
  apply(): void {
    if (!this.worker || !this.view.updateReady || this.applying) return;
    this.applying = true;
    this.worker.messageSkipWaiting();
  }

  getView(): AppShellView {
    return this.view;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(view: AppShellView): void {
    this.view = view;
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * The app shell of this page: none in the desktop app (its hub runs beside it, and its pages come from the hub it
 * pins), outside a secure context (browsers give service workers only to HTTPS and localhost pages) and under Vite's
 * dev server (which builds no service worker).
 */
export function createAppShell(options: { platformKind: 'browser' | 'electron'; dev: boolean }): AppShell {
  const usable = options.platformKind === 'browser' && !options.dev && globalThis.isSecureContext === true && 'serviceWorker' in navigator;
  return new AppShell(usable ? new Workbox(SHELL_SCRIPT, { scope: '/' }) : null);
}
