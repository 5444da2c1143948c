// The tablet's preload and restricted-document shots for `npm run screenshots` (see screenshots.ts).
import type { BrowserContext, Page } from 'playwright-core';
import { agendaNumbers } from '../shared/domain/agenda.ts';
import type { Delegate } from '../shared/protocol/index.ts';
import { ok, type TestSocket } from '../tests/support/hub.ts';

/** The demo's delegates in this group may read the document added by `addRestrictedDocument`. */
export const RESTRICTED_GROUP = 'Ủy viên BTV';

/**
 * A document of item 2.1 restricted to one group (the demo has only a staff-only one, which no tablet shows),
 * so the reader's shot has a watermark to show. It reuses the bytes of a demo document.
 */
export async function addRestrictedDocument(socket: TestSocket): Promise<void> {
  const opened = (await ok(socket, 'meeting.open', { meetingId: 'demo' })).data;
  if (opened.mode !== 'snapshot') throw new Error('expected a snapshot of the demo meeting');
  const numbers = agendaNumbers(opened.snapshot.agendaItems);
  const item = opened.snapshot.agendaItems.find((i) => numbers.get(i.id) === '2.1');
  const bytes = opened.snapshot.documents.find((d) => d.access.kind === 'staff') ?? opened.snapshot.documents[0];
  if (!item || !bytes) throw new Error('the demo meeting has no item 2.1 or no document');
  await ok(socket, 'document.add', {
    meetingId: 'demo',
    itemId: item.id,
    title: 'Phương án nhân sự (lưu hành nội bộ)',
    sha256: bytes.sha256,
    access: { kind: 'groups', groups: [RESTRICTED_GROUP] },
  });
}

type Shot = (page: Page, name: string) => Promise<unknown>;

/**
 * The preload strip half-way (a tablet on a slow Wi-Fi, its panel open): another delegate signs in on
 * another device whose network is throttled from the moment it signs in.
 */
export async function shootPreloadProgress(context: BrowserContext, roomLink: string, socket: TestSocket, delegate: Delegate, shot: Shot): Promise<void> {
  const { shortCode } = (await ok(socket, 'badge.issue', { meetingId: 'demo', delegateId: delegate.id })).data;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(roomLink);
  await page.getByTestId('badge-code-input').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // About 12 KB/s: the demo's documents arrive one by one over several seconds.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 12_000, uploadThroughput: 50_000 });
  await page.getByTestId('badge-code-input').fill(shortCode);
  await page.getByTestId('badge-signin-submit').click();
  await page.getByTestId('preload-toggle').click({ timeout: 20_000 });
  await page.waitForFunction(
    () => {
      const strip = document.querySelector('[data-testid="preload-strip"]');
      const done = Number(strip?.getAttribute('data-done'));
      return done >= 2 && done < Number(strip?.getAttribute('data-total'));
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await shot(page, 'tablet-preload-progress');
  await context.close();
}

/** The strip complete with its per-document panel open, then a restricted document with the reader's watermark. */
export async function shootPreloadAndWatermark(tablet: Page, shot: Shot, settle: (page: Page) => Promise<void>): Promise<void> {
  await tablet.waitForFunction(() => {
    const strip = document.querySelector('[data-testid="preload-strip"]');
    return !!strip && strip.getAttribute('data-done') === strip.getAttribute('data-total');
  });
  await tablet.getByTestId('preload-toggle').click();
  await tablet.getByTestId('preload-panel').waitFor();
  await settle(tablet);
  await shot(tablet, 'tablet-preload');
  await tablet.getByTestId('preload-toggle').click();

  await tablet.locator('[data-testid="document-item"]', { hasText: 'Phương án nhân sự' }).getByTestId('document-open').click();
  await tablet.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"][data-watermarked="true"]').waitFor();
  await settle(tablet);
  await shot(tablet, 'viewer-restricted');
  await tablet.getByTestId('viewer-back').click();
}
