import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../support/browser.ts';
import { ok, staffSession } from '../support/hub.ts';
import { pagedPdf } from '../support/paged-pdf.ts';
import { uploadPdf } from '../support/preload.ts';
import { openRoom, type Room } from '../support/room.ts';
import { smallTargets } from '../support/targets.ts';

/** The promise: within a second. A machine shared with other heavy work may allow more (FOLLOW_BUDGET_MS). */
const BUDGET_MS = Number(process.env.FOLLOW_BUDGET_MS ?? 1000);

/** The page a tablet's viewer has in view (0 when no document is open). */
const pageInView = (pad: Page) => pad.evaluate(() => Number(document.querySelector('[data-testid="viewer-page"]')?.getAttribute('data-page') ?? 0));

describe.skipIf(!chromiumPresent)('the chair shows a page, the tablets that follow show it (Chromium)', () => {
  let room: Room;

  beforeAll(async () => {
    room = await openRoom();
  });
  afterAll(async () => {
    await room?.close();
  });

  it('page 7 on every following tablet within a second; one that left follow mode stays, sees the notice, goes back with one tap; the projector follows', async () => {
    // A 12-page document open to all, each page saying its number.
    const { t } = room;
    const office = await staffSession(t.hub.url, t.passcode, 'secretariat');
    const { sha256 } = await uploadPdf(t.hub.url, office.token, { name: 'budget.pdf', bytes: pagedPdf(12, 'Du toan ngan sach 2027') });
    const { documentId } = (await ok(office.socket, 'document.add', { meetingId: 'demo', itemId: null, title: 'Dự toán ngân sách năm 2027', sha256 })).data;
    office.socket.disconnect();

    // Three tablets, each its own device with a delegate signed in; all follow the chair (the default).
    const pads = await Promise.all(
      room.delegates.slice(0, 3).map(async (delegate) => {
        const pad = await room.tablet(delegate);
        await pad.getByTestId('follow-toggle').waitFor({ timeout: 15_000 });
        expect(await pad.getByTestId('follow-toggle').getAttribute('aria-pressed')).toBe('true');
        return pad;
      }),
    );
    const [first, second, browsing] = pads as [Page, Page, Page];

    const projector = await room.staffScreen('/projector/demo', 'projector', { viewport: { width: 1280, height: 720 } });
    await projector.getByTestId('current-item').waitFor({ timeout: 15_000 });

    // The chair opens the document at page 3 in the console's viewer and shows it to the room.
    const chair = await room.staffScreen('/console/demo', 'chair');
    await chair.getByTestId('agenda-item-button').first().waitFor({ timeout: 15_000 });
    await chair.goto(`${t.hub.url}/console/demo/documents/${documentId}?page=3`);
    await expect.poll(() => pageInView(chair), { timeout: 15_000 }).toBe(3);
    await chair.getByTestId('show-to-room-start').click();
    await expect.poll(() => chair.getByTestId('show-to-room-page').textContent(), { timeout: 5000 }).toMatch(/3/);
    for (const pad of pads) await expect.poll(() => pageInView(pad), { timeout: 15_000 }).toBe(3);

    // One delegate browses on: a swipe of the wheel to a later page leaves follow mode.
    await browsing.getByTestId('viewer-pages').hover();
    await browsing.mouse.wheel(0, 2600);
    await expect.poll(() => browsing.getByTestId('follow-toggle').getAttribute('aria-pressed'), { timeout: 5000 }).toBe('false');
    const browsedTo = await pageInView(browsing);
    expect(browsedTo).toBeGreaterThan(3);

    // The chair goes to page 7: the tablets that follow are there within a second.
    await chair.getByTestId('viewer-page').click();
    await chair.getByTestId('viewer-page-input').fill('7');
    const turnedAt = Date.now();
    await chair.getByTestId('viewer-page-input').press('Enter');
    await Promise.all(
      [first, second].map((pad) =>
        pad.waitForFunction(() => document.querySelector('[data-testid="viewer-page"]')?.getAttribute('data-page') === '7', undefined, { timeout: BUDGET_MS, polling: 20 }),
      ),
    );
    expect(Date.now() - turnedAt).toBeLessThan(BUDGET_MS);
    for (const pad of [first, second]) {
      await expect.poll(() => pad.locator('[data-testid="viewer-page-view"][data-page-number="7"]').getAttribute('data-rendered'), { timeout: 5000 }).toBe('true');
    }
    // The projector shows page 7 too, drawn.
    await expect.poll(() => projector.getByTestId('projector-shown').getAttribute('data-drawn'), { timeout: 5000 }).toBe('7');

    // The one that browses stays where it is, and is told where the chair is.
    expect(await pageInView(browsing)).toBe(browsedTo);
    const notice = browsing.getByTestId('chair-moved');
    await expect.poll(() => notice.getAttribute('data-page'), { timeout: 5000 }).toBe('7');
    expect(await notice.textContent()).toContain('trang 7');
    expect(await notice.textContent()).toContain('Dự toán ngân sách năm 2027');
    // One tap: back on the chair's page, following again.
    await browsing.getByTestId('chair-follow-again').click();
    await expect.poll(() => pageInView(browsing), { timeout: 3000 }).toBe(7);
    expect(await browsing.getByTestId('follow-toggle').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => browsing.getByTestId('chair-moved').count()).toBe(0);

    // The chair turns on: all three follow now.
    await chair.getByTestId('viewer-next').click();
    for (const pad of pads) await expect.poll(() => pageInView(pad), { timeout: 3000 }).toBe(8);

    // The secretariat, not the chair, shows a page from its own reader: opened at page 5 it leaves the room on 8 until asked.
    const secretariat = await room.staffScreen(`/secretariat/demo/documents/${documentId}?page=5`, 'secretariat');
    await expect.poll(() => pageInView(secretariat), { timeout: 15_000 }).toBe(5);
    expect(await secretariat.getByTestId('show-to-room').getAttribute('data-shown-page')).toBe('8');
    await secretariat.getByTestId('show-to-room-start').click();
    for (const pad of pads) await expect.poll(() => pageInView(pad), { timeout: 3000 }).toBe(5);

    // Made for fingers: every target of the tablet's viewer and agenda is at least 44 px, in large text too.
    expect(await smallTargets(browsing)).toEqual([]);
    await browsing.getByTestId('chair-follow-again').or(browsing.getByTestId('viewer-back')).first().waitFor();
    await browsing.getByTestId('follow-toggle').click();
    await browsing.getByTestId('viewer-back').click();
    await browsing.getByTestId('agenda-item').first().waitFor();
    await browsing.getByTestId('chair-moved').waitFor();
    expect(await smallTargets(browsing)).toEqual([]);
    await browsing.getByTestId('display-settings').click();
    await browsing.getByTestId('display-large-text').click();
    await browsing.getByTestId('display-high-contrast').click();
    expect(await browsing.evaluate(() => [document.documentElement.dataset.text, document.documentElement.dataset.contrast])).toEqual(['large', 'high']);
    expect(await smallTargets(browsing)).toEqual([]);
    // Remembered on the device: a reload keeps both.
    await browsing.reload();
    await browsing.getByTestId('agenda-item').first().waitFor({ timeout: 15_000 });
    expect(await browsing.evaluate(() => [document.documentElement.dataset.text, document.documentElement.dataset.contrast])).toEqual(['large', 'high']);
  }, 120_000);

  it('loaded nothing from any host but the hub', () => {
    expect(room.foreign.flat()).toEqual([]);
  });
});
