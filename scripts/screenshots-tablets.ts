// The chair's Tablets card for `npm run screenshots` (see screenshots.ts): a tablet that refuses a damaged document,
// the tablets labelled as a secretariat labels them, and the card with its full table.
import type { BrowserContext, Page } from 'playwright-core';
import type { Delegate } from '../shared/protocol/index.ts';
import { ok, type TestSocket } from '../tests/support/hub.ts';
import { TABLET } from '../tests/support/browser.ts';

/** The hub-side staff connection of screenshots.ts, and the demo meeting's delegates. */
interface TabletsStaff {
  socket: TestSocket;
  delegates: Delegate[];
}

/**
 * A tablet whose Wi-Fi mangles one document on the way (its bytes altered in transit): the tablet refuses it
 * (sha256 mismatch) and reports the failure, so the chair's Tablets card has a problem to name.
 */
export async function tabletWithDamagedDocument(context: BrowserContext, roomLink: string, staff: TabletsStaff, delegateIndex: number): Promise<BrowserContext> {
  const delegate = staff.delegates[delegateIndex];
  if (!delegate) throw new Error('the demo meeting has too few delegates');
  const opened = (await ok(staff.socket, 'meeting.open', { meetingId: 'demo' })).data;
  const victim = opened.mode === 'snapshot' ? opened.snapshot.documents.find((d) => d.access.kind === 'all') : undefined;
  if (!victim) throw new Error('the demo meeting has no document every delegate reads');
  const { shortCode } = (await ok(staff.socket, 'badge.issue', { meetingId: 'demo', delegateId: delegate.id })).data;
  const page = await context.newPage();
  await page.setViewportSize(TABLET);
  await page.route(`**/api/documents/${victim.sha256}`, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    for (let i = 0; i < body.length; i += 97) body[i] = (body[i] ?? 0) ^ 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto(roomLink);
  await page.getByTestId('badge-code-input').fill(shortCode);
  await page.getByTestId('badge-signin-submit').click();
  await page.locator('[data-testid="preload-strip"]:not([data-failed="0"])').waitFor({ timeout: 30_000 });
  return context;
}

/** The tablets named as a secretariat names them: the one in use "Máy B03", bound to its delegate's seat; the others spares. */
export async function labelTablets(staff: TabletsStaff, language: 'vi' | 'en'): Promise<void> {
  const { devices } = (await ok(staff.socket, 'device.list', {})).data;
  let spare = 0;
  for (const device of devices) {
    const seat = staff.delegates.find((d) => d.fullName === device.delegateName)?.seat;
    const label = seat ? `${language === 'vi' ? 'Máy' : 'Tablet'} ${seat}` : `${language === 'vi' ? 'Máy dự phòng' : 'Spare tablet'} ${++spare}`;
    await ok(staff.socket, 'device.label', { deviceId: device.id, label, seat: seat ?? '' });
  }
}

/** The chair's Tablets card with a failed download and offline tablets, then its full table. */
export async function shootTabletsCard(console: Page, shot: (page: Page, name: string) => Promise<unknown>, settle: (page: Page) => Promise<void>): Promise<void> {
  await console.locator('[data-testid="preload-card"]:not([data-failed="0"])').waitFor({ timeout: 30_000 });
  await settle(console);
  await shot(console, 'console-tablets');
  await console.getByTestId('preload-card-open').click();
  await console.getByTestId('preload-dialog').waitFor();
  await settle(console);
  await shot(console, 'console-tablets-table');
  await console.getByTestId('preload-dialog-close').click();
}
