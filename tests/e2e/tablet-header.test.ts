import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLET, chromiumPresent, hubOnlyContext, launchChromium, trustRoomCaArgs } from '../support/browser.ts';
import { ok, signIn, startTestHub, type TestHub } from '../support/hub.ts';
import { delegatesOf, issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** A place as offices write it in the invitation: far longer than a tablet's header. */
const PLACE = 'Hội trường lớn, tầng 3, Trụ sở Hội đồng nhân dân và Ủy ban nhân dân tỉnh Quảng Ngãi, số 52 đường Hùng Vương, phường Nguyễn Nghiêm, thành phố Quảng Ngãi';

describe.skipIf(!chromiumPresent)("the tablet's header (Chromium)", () => {
  let t: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    // Over TLS, as a room's tablets reach the hub: Chromium trusts the room CA and nothing else (the pairing link is https).
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT, tls: true });
    browser = await launchChromium(trustRoomCaArgs(t.hub.tls!.caPem));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('ends a place too long for it with an ellipsis, the date whole, rather than cutting it mid-word', async () => {
    const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await ok(secretariat, 'meeting.update', { meetingId: 'demo', place: PLACE });
    secretariat.disconnect();

    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    const pad = await tablet.context.newPage();
    await pairByRoomQr(pad, await roomQrLink(t.hub.url, t.passcode, 'demo'));
    const [delegate] = await delegatesOf(t.hub.url, t.passcode, 'demo');
    await signInWithCode(pad, (await issueBadge(t.hub.url, t.passcode, 'demo', delegate!.id)).shortCode);
    expect(new URL(pad.url()).protocol).toBe('https:');
    expect(await pad.getByTestId('insecure-banner').count()).toBe(0);
    const place = pad.getByTestId('meeting-place');
    await expect.poll(() => place.textContent(), { timeout: 10_000 }).toBe(PLACE);

    const shown = await place.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const row = el.parentElement!.getBoundingClientRect();
      const date = document.querySelector('[data-testid="meeting-date"]')!;
      return {
        textOverflow: getComputedStyle(el).textOverflow,
        cut: el.scrollWidth > el.clientWidth,
        inside: box.right <= row.right + 0.5,
        dateWhole: date.scrollWidth <= date.clientWidth,
        title: el.getAttribute('title'),
      };
    });
    expect(shown).toEqual({ textOverflow: 'ellipsis', cut: true, inside: true, dateWhole: true, title: PLACE });
    expect(tablet.foreign).toEqual([]);
    await tablet.context.close();
  });
});
