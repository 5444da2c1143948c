import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../support/browser.ts';
import { openRoom, type Room } from '../support/room.ts';

/** Checked in: a quorum of the demo's 12 (more than half), the first three voting on tablets of their own. */
const PRESENT = 7;
const ANSWERS = ['yes', 'yes', 'no'] as const;

const attr = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name);

describe.skipIf(!chromiumPresent)('a vote on the screens (Chromium)', () => {
  let room: Room;

  beforeAll(async () => {
    room = await openRoom({ checkedIn: PRESENT });
  });
  afterAll(async () => {
    await room?.close();
  });

  it('the chair opens a motion, three tablets vote, the projector shows the count, then the result', { timeout: 120_000 }, async () => {
    const chair = await room.staffScreen('/console/demo', 'chair', { label: 'Chủ tọa' });
    await chair.locator('[data-testid="agenda-item"][data-number="3"] [data-testid="agenda-item-button"]').click();
    await chair.getByTestId('votes-card').waitFor({ timeout: 10_000 });

    // The projector signs in once with its own credential, which the secretariat issued.
    const projector = await room.staffScreen('/projector/demo', 'projector', { label: 'Màn hình hội trường' });
    await projector.getByTestId('meeting-title').waitFor({ timeout: 10_000 });

    // Three delegates, each on a tablet of their own: paired with the room QR, signed in with the badge's code.
    const tablets: Page[] = [];
    for (const d of room.delegates.slice(0, ANSWERS.length)) tablets.push(await room.tablet(d));

    // The chair prepares a named motion on the item under discussion and opens it: the quorum holds.
    await chair.getByTestId('new-motion').click();
    await chair.getByTestId('motion-title-input').fill('Thông qua Nghị quyết về chuyển đổi số');
    await chair.getByTestId('motion-rule').selectOption('moreYesThanNo');
    await chair.getByTestId('motion-form-submit').click();
    await chair.getByTestId('vote-open').click();
    await chair.getByTestId('live-vote').waitFor({ timeout: 10_000 });
    const motionId = await attr(chair, '[data-testid="live-vote"]', 'data-vote-id');
    await projector.locator(`[data-testid="projector-vote"][data-status="open"][data-vote-id="${motionId}"]`).waitFor({ timeout: 10_000 });

    // Each tablet's ballot takes the screen: an answer, the confirmation, then "recorded" on the hub's ack.
    await Promise.all(
      tablets.map(async (pad, i) => {
        await pad.locator(`[data-testid="tablet-vote"][data-vote-id="${motionId}"][data-phase="choosing"]`).waitFor({ timeout: 10_000 });
        await pad.locator(`[data-testid="ballot-answer"][data-answer="${ANSWERS[i]}"]`).click();
        await pad.getByTestId('ballot-confirm').click();
        await pad.getByTestId('ballot-recorded').waitFor({ timeout: 10_000 });
      }),
    );

    // While open, the chair and the hall see how many have voted, of those present, and nothing of what.
    await expect.poll(() => attr(chair, '[data-testid="vote-progress"]', 'data-voted'), { timeout: 5_000 }).toBe(String(ANSWERS.length));
    expect(await attr(chair, '[data-testid="vote-progress"]', 'data-entitled')).toBe(String(PRESENT));
    await expect.poll(() => attr(projector, '[data-testid="projector-vote-count"]', 'data-voted'), { timeout: 5_000 }).toBe(String(ANSWERS.length));
    expect(await attr(projector, '[data-testid="projector-vote-count"]', 'data-entitled')).toBe(String(PRESENT));
    expect(await projector.locator('[data-testid="vote-decision"], [data-testid="chart-bar"]').count()).toBe(0);

    await chair.getByTestId('vote-close').click();
    await chair.getByTestId('vote-close-confirm').click();

    // The projector: the decision in the hub's words and the chart, 2 yes, 1 no, 0 abstain.
    await projector.locator(`[data-testid="projector-vote"][data-status="closed"][data-vote-id="${motionId}"]`).waitFor({ timeout: 10_000 });
    const decision = projector.getByTestId('vote-decision');
    expect(await decision.getAttribute('data-passed')).toBe('true');
    expect(await decision.textContent()).toMatch(/^Thông qua: 2 tán thành, 1 không tán thành/);
    const bars = await projector
      .locator('[data-testid="motion-chart"] [data-testid="chart-bar"]')
      .evaluateAll((gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-key'), g.getAttribute('data-value')])));
    expect(bars).toEqual({ yes: '2', no: '1', abstain: '0' });

    // The tablets and the console read the same decision.
    for (const page of [...tablets, chair]) {
      await page.locator('[data-testid="vote-decision"][data-passed="true"]').first().waitFor({ timeout: 10_000 });
    }
    await tablets[0]!.getByTestId('tablet-result').waitFor();
  });

  it('loaded nothing from any host but the hub', () => {
    expect(room.foreign.flat()).toEqual([]);
  });
});
