// The demo meeting room on the screens, for end-to-end tests: the demo hub serving the built web client, a Chromium,
// the secretariat's connection, and devices of their own (hub only): the chair's console, the projector, tablets
// paired with the room QR and signed in with a badge.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Delegate, StaffRole } from '../../shared/protocol/index.ts';
import { CONSOLE, TABLET, hubOnlyContext, launchChromium } from './browser.ts';
import { ok, signIn, staffCredential, startTestHub, type TestHub, type TestSocket } from './hub.ts';
import { WEB_ROOT } from './reader.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from './tablet.ts';

type Viewport = { width: number; height: number };

/** Fills a staff screen's sign-in form (console, projector, secretariat) with a credential and submits it. */
export async function signInAs(page: Page, credential: string): Promise<void> {
  await page.getByTestId('signin-passcode').fill(credential);
  await page.getByTestId('signin-submit').click();
}

export interface Room {
  t: TestHub;
  browser: Browser;
  /** Signed in as the secretariat, the demo meeting open. */
  secretariat: TestSocket;
  /** The demo's delegates, in list order. */
  delegates: Delegate[];
  /** Requests to any host but the hub, per device. */
  foreign: string[][];
  /** A device of its own (a browser context), hub only: a blank page. */
  device(viewport?: Viewport): Promise<Page>;
  /**
   * A staff screen of the demo meeting (`/console/demo`, `/projector/demo`, …) on a device of its own, signed in with
   * a credential the secretariat issued for `role` (the admin passcode for the secretariat).
   */
  staffScreen(path: string, role: StaffRole, options?: { viewport?: Viewport; label?: string }): Promise<Page>;
  /** A tablet of its own, paired with the room QR, `delegate` signed in with the badge's short code (its badge shows them). */
  tablet(delegate: Delegate): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Opens the demo room: `checkedIn` of its delegates (the first ones) checked in by the secretariat; `initScript` runs
 * in every page of every device before the app (e.g. to count what the page does).
 */
export async function openRoom(options: { checkedIn?: number; initScript?: () => void } = {}): Promise<Room> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
  const t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT });
  const browser = await launchChromium();
  const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
  const opened = (await ok(secretariat, 'meeting.open', { meetingId: 'demo' })).data;
  if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
  const delegates = opened.snapshot.delegates;
  for (const d of delegates.slice(0, options.checkedIn ?? 0)) await ok(secretariat, 'checkin.manual', { meetingId: 'demo', delegateId: d.id });
  // Asked for with the first tablet: it issues a chair credential, which a test of the staff screens may count.
  let link: Promise<string> | undefined;
  const foreign: string[][] = [];

  const device = async (viewport: Viewport = CONSOLE) => {
    const side = await hubOnlyContext(browser, t.hub.url, { viewport });
    foreign.push(side.foreign);
    if (options.initScript) await side.context.addInitScript(options.initScript);
    return side.context.newPage();
  };
  return {
    t,
    browser,
    secretariat,
    delegates,
    foreign,
    device,
    async staffScreen(path, role, { viewport = CONSOLE, label } = {}) {
      const page = await device(viewport);
      await page.goto(`${t.hub.url}${path}`);
      await signInAs(page, await staffCredential(t.hub.url, t.passcode, role, label));
      return page;
    },
    async tablet(delegate) {
      const pad = await device(TABLET);
      await pairByRoomQr(pad, await (link ??= roomQrLink(t.hub.url, t.passcode, 'demo')));
      await signInWithCode(pad, (await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: delegate.id })).data.shortCode);
      await pad.locator(`[data-testid="delegate-badge"][data-delegate-id="${delegate.id}"]`).first().waitFor({ timeout: 15_000 });
      return pad;
    },
    async close() {
      secretariat.disconnect();
      await browser.close();
      await t.stop();
    },
  };
}
