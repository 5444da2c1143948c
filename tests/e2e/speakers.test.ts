import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delegate } from '../../shared/protocol/index.ts';
import { CONSOLE, TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { ok, signIn, staffCredential, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');
/** The shortest limit the hub takes: the warning comes 5 s before its end. */
const LIMIT = 10;

const attr = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name);
const seconds = async (page: Page) => Number(await attr(page, '[data-testid="speaker-countdown"]', 'data-seconds'));

/** Counts the tones a page starts (WebAudio oscillators): the warning is heard, not only seen. */
const COUNT_BEEPS = () => {
  const w = window as unknown as { __beeps: number; AudioContext: typeof AudioContext };
  w.__beeps = 0;
  const Real = w.AudioContext;
  w.AudioContext = class extends Real {
    override createOscillator(): OscillatorNode {
      const osc = super.createOscillator();
      const start = osc.start.bind(osc);
      osc.start = (when?: number) => {
        w.__beeps += 1;
        start(when);
      };
      return osc;
    }
  };
};
const beeps = (page: Page) => page.evaluate(() => (window as unknown as { __beeps: number }).__beeps);

describe.skipIf(!chromiumPresent)('the speaker queue and announcements on the screens (Chromium)', () => {
  let t: TestHub;
  let browser: Browser;
  let secretariat: TestSocket;
  let delegates: Delegate[];
  const foreignRequests: string[][] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT });
    browser = await launchChromium();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    const opened = (await ok(secretariat, 'meeting.open', { meetingId: 'demo' })).data;
    if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
    delegates = opened.snapshot.delegates.slice(0, 3);
    for (const d of delegates) await ok(secretariat, 'checkin.manual', { meetingId: 'demo', delegateId: d.id });
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await browser?.close();
    await t?.stop();
  });

  const device = async (viewport: { width: number; height: number }) => {
    const side = await hubOnlyContext(browser, t.hub.url, { viewport });
    foreignRequests.push(side.foreign);
    await side.context.addInitScript(COUNT_BEEPS);
    return side.context.newPage();
  };

  it('three tablets ask to speak, the chair gives the floor in order, the countdown runs on the projector and the speaker\'s tablet; an announcement reaches every tablet within a second', { timeout: 120_000 }, async () => {
    const link = await roomQrLink(t.hub.url, t.passcode, 'demo');
    const chair = await device(CONSOLE);
    await chair.goto(`${t.hub.url}/console/demo`);
    await chair.getByTestId('signin-passcode').fill(await staffCredential(t.hub.url, t.passcode, 'chair', 'Chủ tọa'));
    await chair.getByTestId('signin-submit').click();
    await chair.locator('[data-testid="agenda-item"][data-number="3"] [data-testid="agenda-item-button"]').click();
    await chair.getByTestId('speakers-card').waitFor({ timeout: 10_000 });
    await chair.getByTestId('limit-item').selectOption('');
    await ok(secretariat, 'speakers.setLimit', { meetingId: 'demo', itemId: null, seconds: LIMIT });

    const projector = await device(CONSOLE);
    await projector.goto(`${t.hub.url}/projector/demo`);
    await projector.getByTestId('signin-passcode').fill(await staffCredential(t.hub.url, t.passcode, 'projector', 'Màn hình hội trường'));
    await projector.getByTestId('signin-submit').click();
    await projector.getByTestId('meeting-title').waitFor({ timeout: 10_000 });

    const tablets: Page[] = [];
    for (const d of delegates) {
      const pad = await device(TABLET);
      await pairByRoomQr(pad, link);
      await signInWithCode(pad, (await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: d.id })).data.shortCode);
      await expect.poll(() => attr(pad, '[data-testid="delegate-badge"]', 'data-delegate-id'), { timeout: 10_000 }).toBe(d.id);
      tablets.push(pad);
    }

    // Each asks in turn; the console lists them in that order, with how long each has waited.
    for (const [i, pad] of tablets.entries()) {
      await pad.getByTestId('ask-speech').click();
      await pad.locator(`[data-testid="my-place-speech"][data-place="${i + 1}"]`).waitFor({ timeout: 5_000 });
      await expect.poll(() => chair.getByTestId('queue-row').count(), { timeout: 5_000 }).toBe(i + 1);
    }
    const order = await chair.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delegate-id')));
    expect(order).toEqual(delegates.map((d) => d.id));
    await projector.getByTestId('projector-next').waitFor({ timeout: 5_000 });

    // The floor in order: each speaker's tablet and the projector count down from the limit by the hub's clock.
    for (const [i, d] of delegates.entries()) {
      await chair.getByTestId('give-next').click();
      await chair.locator(`[data-testid="now-speaking"] >> text=${d.fullName}`).waitFor({ timeout: 5_000 });
      const pad = tablets[i]!;
      await pad.locator('[data-testid="ask-to-speak"][data-state="speaking"]').waitFor({ timeout: 5_000 });
      await projector.locator(`[data-testid="projector-speaker"] >> text=${d.fullName}`).waitFor({ timeout: 5_000 });
      const next = await projector.locator('[data-testid="projector-next"] li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delegate-id')));
      expect(next).toEqual(delegates.slice(i + 1).map((x) => x.id));
      for (const other of tablets.filter((_, j) => j !== i)) expect(await other.locator('[data-testid="ask-to-speak"][data-state="speaking"]').count()).toBe(0);
      if (i > 0) continue;
      // The first speech runs to its end: counting down on both, then the warning, seen and heard, then over.
      const [onPad, onProjector] = [await seconds(pad), await seconds(projector)];
      expect(onPad).toBeGreaterThan(LIMIT - 4);
      await expect.poll(() => seconds(pad), { timeout: 4_000 }).toBeLessThan(onPad);
      await expect.poll(() => seconds(projector), { timeout: 4_000 }).toBeLessThan(onProjector);
      for (const page of [pad, projector]) await page.locator('[data-testid="speaker-countdown"][data-phase="warning"]').waitFor({ timeout: 10_000 });
      for (const page of [pad, projector]) await page.locator('[data-testid="speaker-countdown"][data-phase="over"]').waitFor({ timeout: 10_000 });
      expect(await beeps(pad)).toBe(3);
      expect(await beeps(projector)).toBe(3);
    }
    await chair.getByTestId('end-speech').click();
    await chair.getByTestId('queue-empty').waitFor({ timeout: 5_000 });
    await projector.getByTestId('projector-speakers').waitFor({ state: 'detached', timeout: 5_000 });

    // An announcement typed by the chair: on every tablet within a second, until dismissed there.
    await chair.getByTestId('open-announce').click();
    await chair.getByTestId('announce-text').fill('Giải lao 15 phút, mời các đại biểu dùng trà.');
    await chair.getByTestId('announce-projector').check();
    const sent = Date.now();
    await chair.getByTestId('announce-send').click();
    const arrived = await Promise.all(
      tablets.map(async (pad) => {
        await pad.getByTestId('announcement').waitFor({ timeout: 5_000 });
        return Date.now() - sent;
      }),
    );
    expect(Math.max(...arrived)).toBeLessThan(1000);
    await projector.getByTestId('announcement').waitFor({ timeout: 5_000 });
    await tablets[0]!.getByTestId('dismiss-announcement').click();
    expect(await tablets[0]!.getByTestId('announcement').count()).toBe(0);
    await tablets[0]!.reload();
    await tablets[0]!.getByTestId('ask-to-speak').waitFor({ timeout: 10_000 });
    expect(await tablets[0]!.getByTestId('announcement').count()).toBe(0);
    expect(await tablets[1]!.getByTestId('announcement').count()).toBe(1);
  });

  it('loaded nothing from any host but the hub', () => {
    expect(foreignRequests.flat()).toEqual([]);
  });
});
