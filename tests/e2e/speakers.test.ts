import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delegate } from '../../shared/protocol/index.ts';
import { chromiumPresent } from '../support/browser.ts';
import { ok } from '../support/hub.ts';
import { openRoom, type Room } from '../support/room.ts';

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
  let room: Room;
  let delegates: Delegate[];

  beforeAll(async () => {
    room = await openRoom({ checkedIn: 3, initScript: COUNT_BEEPS });
    delegates = room.delegates.slice(0, 3);
  });
  afterAll(async () => {
    await room?.close();
  });

  it('three tablets ask to speak, the chair gives the floor in order, the countdown runs on the projector and the speaker\'s tablet; an announcement reaches every tablet within a second', { timeout: 120_000 }, async () => {
    const chair = await room.staffScreen('/console/demo', 'chair', { label: 'Chủ tọa' });
    await chair.locator('[data-testid="agenda-item"][data-number="3"] [data-testid="agenda-item-button"]').click();
    await chair.getByTestId('speakers-card').waitFor({ timeout: 10_000 });
    await chair.getByTestId('limit-item').selectOption('');
    await ok(room.secretariat, 'speakers.setLimit', { meetingId: 'demo', itemId: null, seconds: LIMIT });

    const projector = await room.staffScreen('/projector/demo', 'projector', { label: 'Màn hình hội trường' });
    await projector.getByTestId('meeting-title').waitFor({ timeout: 10_000 });

    const tablets: Page[] = [];
    for (const d of delegates) tablets.push(await room.tablet(d));

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
    expect(room.foreign.flat()).toEqual([]);
  });
});
