// `node scripts/screenshots-annotations.ts` (after `npm run build:web`): a delegate's page with ink, a highlight on
// the text and a note; then the secretariat replaces the document with a version that has a page put in front, the hub
// carries the annotations one page on, and the tablet lists them "moved" and opens the earlier version beside the new.
// On a landscape tablet 1280×800, in Vietnamese and English. Writes docs/screenshots/annotations-page-<vi|en>.png,
// annotations-moved-<vi|en>.png, annotations-compare-<vi|en>.png and, on a portrait tablet, annotations-compare-portrait-vi.png;
// then the delegate's notes on the agenda item (annotations-item-notes-<vi|en>.png), and at 1920×1080 the chair's console
// and reader with what she shared with the chair (annotations-chair-console-<vi|en>.png, annotations-chair-reader-<vi|en>.png).
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { hubOnlyContext, launchChromium } from '../tests/support/browser.ts';
import { fixture } from '../tests/support/fixtures.ts';
import { connect, ok, staffCredential, startTestHub } from '../tests/support/hub.ts';
import { signInAs } from '../tests/support/room.ts';
import { seedPublishedMeeting, uploadPdf } from '../tests/support/preload.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../tests/support/tablet.ts';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const WEB_ROOT = join(import.meta.dirname, '../dist/renderer');
const VIEWPORT = { width: 1280, height: 800 };

const t = await startTestHub({ webRoot: WEB_ROOT, requirePairing: true });
const browser = await launchChromium();
try {
  const seeded = await seedPublishedMeeting(t.hub.url, t.passcode);
  const { context } = await hubOnlyContext(browser, t.hub.url, { viewport: VIEWPORT, locale: 'vi-VN' });
  const page = await context.newPage();
  await pairByRoomQr(page, await roomQrLink(t.hub.url, t.passcode, seeded.meetingId));
  await signInWithCode(page, seeded.reader.shortCode);
  await page.getByTestId('agenda-item-button').first().click();
  await page.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.open}"] [data-testid="document-open"]`).click();
  await page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 10_000 });
  await stroke(page, 'annotation-tool-highlighter', 0.1, 0.9, 0.12);
  await stroke(page, 'annotation-tool-pen', 0.2, 0.6, 0.3);
  await page.getByTestId('annotation-tool-note').click();
  await page.mouse.click(...(await spot(page, 0.75, 0.22)));
  await page.getByTestId('annotation-note-text').fill('Hỏi lại số liệu ở trang này');
  // Shared with the chair: the chair's reader shows it (below).
  await page.getByTestId('annotation-note-visibility').selectOption('chair');
  await page.getByTestId('annotation-note-save').click();
  await page.getByTestId('annotation-note-dialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => !document.querySelector('[data-testid="annotation-pending"]'), undefined, { timeout: 15_000 });
  for (const kind of ['annotation-ink', 'annotation-highlight', 'annotation-note']) {
    if ((await layerCount(page, kind)) === 0) throw new Error(`no ${kind} on page 1`);
  }
  await page.getByTestId('annotation-tool-read').click();
  // The same page in both languages: the switch in the viewer's header.
  for (const language of ['vi', 'en'] as const) {
    await page.getByTestId(`language-${language}`).click();
    await shoot(page, `annotations-page-${language}.png`);
  }

  // Version 2: a summary page put in front, so the text annotated on page 1 is now on page 2.
  await page.getByTestId('language-vi').click();
  await replaceWithPageInFront(t.hub.url, t.passcode, seeded.meetingId, seeded.documents.open);
  const moved = page.locator('[data-testid="annotation-carried-row"][data-status="moved"]');
  // The highlight, the stroke and the note all moved one page on (each followed its text or its line of text).
  await page
    .waitForFunction(() => document.querySelectorAll('[data-testid="annotation-carried-row"][data-status="moved"]').length === 3, undefined, { timeout: 30_000 })
    .catch(async () => {
      const rows = await page.locator('[data-testid="annotation-carried-row"]').evaluateAll((all) => all.map((r) => `${r.getAttribute('data-status')}: ${r.textContent}`));
      throw new Error(`expected 3 annotations marked moved after the new version, found: ${JSON.stringify(rows)}`);
    });
  for (const language of ['vi', 'en'] as const) {
    await page.getByTestId(`language-${language}`).click();
    // "Show" on the highlight: the reader goes to page 2, where the carried annotations now are.
    await moved.first().getByTestId('annotation-carried-go').click();
    await renderedWithLayer(page, 'viewer-pages', 1, 'annotation-layer');
    await shoot(page, `annotations-moved-${language}.png`);
    await page.getByTestId('compare-versions').click();
    await moved.first().getByTestId('annotation-carried-go').click();
    await renderedWithLayer(page, 'compare-earlier-pages', 0, 'annotation-layer-earlier');
    await renderedWithLayer(page, 'viewer-pages', 1, 'annotation-layer');
    await shoot(page, `annotations-compare-${language}.png`);
    await page.getByTestId('compare-close').click();
  }
  // A portrait tablet: the earlier version above the new one.
  await page.setViewportSize({ width: VIEWPORT.height, height: VIEWPORT.width });
  await page.getByTestId('language-vi').click();
  await page.getByTestId('compare-versions').click();
  await moved.first().getByTestId('annotation-carried-go').click();
  await renderedWithLayer(page, 'compare-earlier-pages', 0, 'annotation-layer-earlier');
  await renderedWithLayer(page, 'viewer-pages', 1, 'annotation-layer');
  await shoot(page, 'annotations-compare-portrait-vi.png');

  // The delegate's own notes on the agenda item, one shared with the chair, one kept to herself.
  await page.setViewportSize(VIEWPORT);
  await page.getByTestId('compare-close').click();
  await page.getByTestId('viewer-back').click();
  for (const [words, visibility] of [
    ['Đề nghị làm rõ nguồn vốn cho các công trình chuyển tiếp.', 'chair'],
    ['Chuẩn bị ý kiến về chỉ tiêu thu ngân sách năm 2027.', 'private'],
  ] as const) {
    await page.getByTestId('item-note-text').fill(words);
    await page.getByTestId('item-note-visibility').selectOption(visibility);
    await page.getByTestId('item-note-save').click();
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="item-note"][data-pending="false"]').length === 2, undefined, { timeout: 15_000 });
  for (const language of ['vi', 'en'] as const) {
    await page.getByTestId(`language-${language}`).click();
    await page.getByTestId('item-notes').scrollIntoViewIfNeeded();
    await shoot(page, `annotations-item-notes-${language}.png`);
  }
  await context.close();

  // The chair's console and reader: what the delegate shared with the chair, read only, with her name.
  const chair = await connect(t.hub.url);
  try {
    await ok(chair, 'session.signIn', { role: 'chair', passcode: await staffCredential(t.hub.url, t.passcode, 'chair') });
    await ok(chair, 'agenda.setCurrent', { meetingId: seeded.meetingId, itemId: seeded.itemId });
  } finally {
    chair.disconnect();
  }
  const consoleContext = (await hubOnlyContext(browser, t.hub.url, { viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' })).context;
  const console = await consoleContext.newPage();
  await console.goto(`${t.hub.url}/console/${seeded.meetingId}`);
  await signInAs(console, await staffCredential(t.hub.url, t.passcode, 'chair', 'screenshots chair'));
  await console.getByTestId('console-shared-notes-toggle').click({ timeout: 20_000 });
  await console.getByTestId('item-notes-shared').waitFor();
  for (const language of ['vi', 'en'] as const) {
    await console.getByTestId(`language-${language}`).click();
    await shoot(console, `annotations-chair-console-${language}.png`);
  }
  await console.goto(`${t.hub.url}/console/${seeded.meetingId}/documents/${seeded.documents.open}?page=2`);
  await renderedWithLayer(console, 'viewer-pages', 1, 'annotation-layer-shared');
  for (const language of ['vi', 'en'] as const) {
    await console.getByTestId(`language-${language}`).click();
    await console.locator('[data-testid="annotation-layer-shared"][data-page="1"] [data-testid="annotation-note"]').click();
    await console.getByTestId('annotation-note-author').waitFor();
    await shoot(console, `annotations-chair-reader-${language}.png`);
    await console.keyboard.press('Escape');
    await console.getByTestId('annotation-note-dialog').waitFor({ state: 'detached' });
  }
  await consoleContext.close();
} finally {
  await browser.close();
  await t.stop();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, name) });
}

/** Page `index` (0-based) of a reader drawn, with its annotations' layer on it. */
async function renderedWithLayer(page: Page, reader: string, index: number, layer: string): Promise<void> {
  const pageView = page.locator(`[data-testid="${reader}"] [data-testid="viewer-page-view"][data-page-number="${index + 1}"]`);
  await pageView.and(page.locator('[data-rendered="true"]')).waitFor({ timeout: 20_000 });
  await pageView.locator(`[data-testid="${layer}"]`).first().waitFor({ timeout: 10_000 });
}

/** The secretariat replaces the document with its version 2: the same pages after a summary page in Vietnamese. */
async function replaceWithPageInFront(hubUrl: string, passcode: string, meetingId: string, documentId: string): Promise<void> {
  const pdf = await PDFDocument.load(fixture('multicolumn.pdf'));
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(join(import.meta.dirname, '../resources/fonts/NotoSans-Regular.ttf')), { subset: true });
  const { width, height } = pdf.getPage(0).getSize();
  const front = pdf.insertPage(0, [width, height]);
  const lines = ['Tóm tắt bổ sung (phiên bản 2)', '', 'Trang này được thêm vào trước báo cáo:', 'các số liệu quý III đã được cập nhật theo', 'ý kiến của Thường trực Hội đồng nhân dân.'];
  lines.forEach((line, i) => front.drawText(line, { x: 72, y: height - 120 - 26 * i, size: i === 0 ? 20 : 14, font, color: rgb(0.1, 0.1, 0.15) }));
  const bytes = Buffer.from(await pdf.save());
  const staff = await connect(hubUrl);
  try {
    const { token } = (await ok(staff, 'session.signIn', { role: 'secretariat', passcode })).data;
    const { sha256 } = await uploadPdf(hubUrl, token, { name: 'multicolumn-v2.pdf', bytes });
    await ok(staff, 'document.replace', { meetingId, documentId, sha256 });
  } finally {
    staff.disconnect();
  }
}

function layerCount(page: Page, testId: string): Promise<number> {
  return page.locator(`[data-testid="annotation-layer"][data-page="0"] [data-testid="${testId}"]`).count();
}

/** The screen point of a spot on page 1 (page fractions); it must reach page 1's layer, not a floating bar. */
async function spot(page: Page, fx: number, fy: number): Promise<[number, number]> {
  const box = (await page.locator('[data-testid="annotation-layer"][data-page="0"]').boundingBox())!;
  const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
  const reaches = await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('[data-testid="annotation-layer"][data-page="0"]'), [x, y]);
  if (!reaches) throw new Error(`the spot (${fx}, ${fy}) of page 1 is off the screen or under a bar`);
  return [x, y];
}

/** A drag across page 1 with a tool (pen or highlighter), from fx0 to fx1 at height fy, in page fractions. */
async function stroke(page: Page, tool: string, fx0: number, fx1: number, fy: number): Promise<void> {
  await page.getByTestId(tool).click();
  const points: [number, number][] = [];
  for (let i = 0; i <= 12; i++) points.push(await spot(page, fx0 + ((fx1 - fx0) * i) / 12, fy + 0.005 * Math.sin(i)));
  await page.mouse.move(...points[0]!);
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...point);
  await page.mouse.up();
}
