import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLET, chromiumPresent } from '../support/browser.ts';
import { openRoom, signInAs, type Room } from '../support/room.ts';
import { issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

describe.skipIf(!chromiumPresent)('the chair moves the meeting on, the tablets follow (Chromium)', () => {
  let room: Room;

  beforeAll(async () => {
    room = await openRoom();
  });
  afterAll(async () => {
    await room?.close();
  });

  it('a tablet shows the item the chair makes current, within a second', async () => {
    const { t } = room;
    // The secretariat issues the chair's credential on its Staff access screen and reads the secret shown once.
    const secretariat = await room.staffScreen('/secretariat/demo?tab=access', 'secretariat');
    await secretariat.getByTestId('staff-role').selectOption('chair');
    await secretariat.getByTestId('staff-label').fill('Chủ tọa phiên họp');
    await secretariat.getByTestId('staff-issue').click();
    const secret = (await secretariat.getByTestId('staff-secret-code').textContent({ timeout: 10_000 })) ?? '';
    expect(secret).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    await expect.poll(() => secretariat.locator('[data-testid="staff-credential"][data-role="chair"]').count()).toBe(1);
    await secretariat.context().close();

    const console = await room.device();
    await console.goto(`${t.hub.url}/console/demo`);
    // The admin passcode is the secretariat's: the console says so rather than open.
    await signInAs(console, t.passcode);
    await console.getByTestId('signin-wrong-role').waitFor({ timeout: 10_000 });
    expect(await console.getByTestId('signin-wrong-role').getAttribute('data-role')).toBe('secretariat');
    await console.getByTestId('signin-another').click();
    await signInAs(console, secret);
    await expect.poll(() => console.getByTestId('agenda-item-button').count(), { timeout: 10_000 }).toBeGreaterThan(3);

    // The tablet pairs by opening the room QR's link, then its delegate signs in with the badge's short code.
    const pad = await room.device(TABLET);
    await pairByRoomQr(pad, await roomQrLink(t.hub.url, t.passcode, 'demo'));
    const [delegate] = room.delegates;
    const badge = await issueBadge(t.hub.url, t.passcode, 'demo', delegate!.id);
    await signInWithCode(pad, badge.shortCode);
    await expect.poll(() => pad.getByTestId('delegate-badge').getAttribute('data-delegate-id'), { timeout: 10_000 }).toBe(delegate!.id);
    await expect.poll(() => pad.getByTestId('agenda-item').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    await expect.poll(() => pad.getByTestId('connection-badge').getAttribute('data-status')).toBe('connected');

    for (const index of [2, 4]) {
      const row = console.getByTestId('agenda-item').nth(index);
      const itemId = await row.getAttribute('data-item-id');
      const clickedAt = Date.now();
      await row.getByTestId('agenda-item-button').click();
      await pad.waitForFunction(
        (id) => document.querySelector('[data-testid="current-item"]')?.getAttribute('data-item-id') === id,
        itemId,
        { timeout: 1000 },
      );
      expect(Date.now() - clickedAt).toBeLessThan(1000);
      const title = await console.getByTestId('current-item-title').textContent();
      expect(title?.trim().length).toBeGreaterThan(0);
      await expect.poll(() => pad.getByTestId('current-item-title').first().textContent()).toBe(title);
    }

    // The reconnecting tablet: the hub goes away for the tablet only, the chair moves on, and it catches up.
    await pad.context().setOffline(true);
    await expect.poll(() => pad.getByTestId('connection-badge').getAttribute('data-status'), { timeout: 30_000 }).not.toBe('connected');
    const third = console.getByTestId('agenda-item').nth(1);
    const thirdId = await third.getAttribute('data-item-id');
    await third.getByTestId('agenda-item-button').click();
    await pad.context().setOffline(false);
    await pad.waitForFunction(
      (id) => document.querySelector('[data-testid="current-item"]')?.getAttribute('data-item-id') === id,
      thirdId,
      { timeout: 30_000 },
    );
  });

  it('loaded nothing from any host but the hub', () => {
    expect(room.foreign.flat()).toEqual([]);
  });
});
