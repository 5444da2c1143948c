import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { CONSOLE, TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { fixture } from '../support/fixtures.ts';
import { ok, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';
import { canvasPixels } from '../support/viewer.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** A delegate list as an office would send it: a title row, headers in Vietnamese, one row without a name. */
async function delegatesXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đại biểu');
  sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ KỲ HỌP']);
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Nhóm', 'Số ghế']);
  sheet.addRow([1, 'Nguyễn Thị Ánh Tuyết', 'Phó Chủ tịch', 'UBND tỉnh', 'Đoàn Hà Nội', 'A01']);
  sheet.addRow([2, 'Trần Quốc Việt', 'Giám đốc', 'Sở Tài chính', 'Đoàn Hà Nội', 'A02']);
  sheet.addRow([3, 'Lê Hoàng Phúc', 'Chánh Văn phòng', 'HĐND tỉnh', 'Đoàn Huế', 'B01']);
  sheet.addRow([4, '', 'Chuyên viên', 'Sở Nội vụ', 'Đoàn Huế', 'B02']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Files dragged from the desktop and dropped on `selector` (a DataTransfer built in the page, as Chromium builds one). */
async function dropFiles(page: Page, selector: string, files: { name: string; bytes: Buffer; type: string }[]) {
  const payload = files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return data;
  }, payload);
  const target = page.locator(selector).first();
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer });
}

/** The agenda's numbers and titles, in the order the editor shows them. */
const agendaOrder = (page: Page) =>
  page.getByTestId('agenda-item').evaluateAll((rows) => rows.map((r) => `${(r as HTMLElement).dataset.number} ${r.querySelector('strong')?.textContent ?? ''}`));

// One sequence, in order: the secretariat prepares and publishes in its screens, then a tablet preloads what it
// published and reads it with the hub stopped (which is why that comes last).
describe.skipIf(!chromiumPresent)('the secretariat prepares and publishes a meeting, a tablet reads it offline (Chromium, a real hub)', () => {
  let t: TestHub;
  let hubStopped = false;
  let tablet: Page;
  let tabletForeign: string[] = [];
  const tabletProblems: string[] = [];
  let browser: Browser;
  let context: BrowserContext;
  let foreign: string[];
  let page: Page;
  let hub: TestSocket;
  const problems: string[] = [];

  const snapshot = async (): Promise<MeetingSnapshot> => {
    const opened = (await ok(hub, 'meeting.open', { meetingId: 'ky-hop-12' })).data;
    if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
    return opened.snapshot;
  };

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ webRoot: WEB_ROOT });
    browser = await launchChromium();
    ({ context, foreign } = await hubOnlyContext(browser, t.hub.url, { viewport: CONSOLE }));
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    hub = await signIn(t.hub.url, t.passcode, 'secretariat');
  });

  afterAll(async () => {
    hub?.disconnect();
    await browser?.close();
    // Stopped by the last test: only its temporary folder is left to remove.
    if (hubStopped) rmSync(t.dataDir, { recursive: true, force: true });
    else await t?.stop();
  });

  it('signs in, creates the meeting and its agenda', async () => {
    await page.goto(`${t.hub.url}/secretariat`);
    await page.getByTestId('signin-passcode').fill(t.passcode);
    await page.getByTestId('signin-submit').click();
    const form = page.getByTestId('create-meeting-form');
    await page.getByTestId('meeting-title-input').fill('Kỳ họp thứ 12 HĐND tỉnh');
    await page.getByTestId('meeting-date-input').fill('2026-12-08');
    await page.getByTestId('meeting-place-input').fill('Hội trường tầng 3');
    await page.getByTestId('meeting-id-input').fill('ky-hop-12');
    await form.getByTestId('create-meeting-submit').click();
    await page.waitForURL(/\/secretariat\/ky-hop-12$/);
    await expect.poll(() => page.getByTestId('meeting-status').getAttribute('data-status')).toBe('draft');
    expect(await page.getByTestId('publish').isDisabled()).toBe(true); // no agenda, no delegates yet

    for (const title of ['Khai mạc kỳ họp', 'Báo cáo kinh tế - xã hội', 'Thảo luận', 'Bế mạc']) {
      await page.getByTestId('add-item-form').getByTestId('item-title-input').fill(title);
      await page.getByTestId('add-item-form-submit').click();
      await page.locator('[data-testid="agenda-item"]', { hasText: title }).waitFor();
    }
    expect(await agendaOrder(page)).toEqual(['1 Khai mạc kỳ họp', '2 Báo cáo kinh tế - xã hội', '3 Thảo luận', '4 Bế mạc']);
  });

  it('imports the delegates from an XLSX after a preview that flags the bad row, nothing saved before', async () => {
    await page.getByTestId('tab-delegates').click();
    await page.getByTestId('import-delegates').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'danh-sach-dai-bieu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await delegatesXlsx(),
    });
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    expect(await counts.getAttribute('data-added')).toBe('3');
    expect(await counts.getAttribute('data-errors')).toBe('1');
    const bad = page.locator('[data-testid="import-row"][data-outcome="error"]');
    expect(await bad.getAttribute('data-line')).toBe('6');
    expect(await page.getByTestId('import-row-error').textContent()).toContain('Dòng 6: chưa có họ tên');
    expect((await snapshot()).delegates).toHaveLength(0);

    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-done').waitFor();
    await expect.poll(async () => (await snapshot()).delegates.map((d) => `${d.fullName}|${d.group}|${d.seat}`).sort()).toEqual([
      'Lê Hoàng Phúc|Đoàn Huế|B01',
      'Nguyễn Thị Ánh Tuyết|Đoàn Hà Nội|A01',
      'Trần Quốc Việt|Đoàn Hà Nội|A02',
    ]);
    expect(await page.getByTestId('delegate-row').count()).toBe(3);
  });

  it('drops two PDFs on an item, restricts one to a group of the list', async () => {
    await page.getByTestId('tab-agenda').click();
    const item = '[data-testid="agenda-item"][data-number="2"]';
    await dropFiles(page, item, [
      { name: 'Bao_cao_KTXH.pdf', bytes: fixture('002-trivial-libre-office-writer.pdf'), type: 'application/pdf' },
      { name: 'Phu_luc_mat.pdf', bytes: fixture('multicolumn.pdf'), type: 'application/pdf' },
    ]);
    const documents = page.locator(`${item} [data-testid="document-item"]`);
    await expect.poll(() => documents.count(), { timeout: 20_000 }).toBe(2);
    const secret = page.locator(`${item} [data-testid="document-item"]`, { hasText: 'Phu luc mat' });
    await secret.getByTestId('access-kind').selectOption('groups');
    await secret.locator('[data-testid="access-group"][data-group="Đoàn Hà Nội"]').click();
    await expect.poll(() => secret.getAttribute('data-access')).toBe('groups');

    const documentsOnHub = (await snapshot()).documents.map((d) => ({ title: d.title, pages: d.pages, access: d.access })).sort((a, b) => a.title.localeCompare(b.title));
    expect(documentsOnHub).toEqual([
      { title: 'Bao cao KTXH', pages: 1, access: { kind: 'all' } },
      { title: 'Phu luc mat', pages: 3, access: { kind: 'groups', groups: ['Đoàn Hà Nội'] } },
    ]);
  });

  it('reorders the agenda by dragging with the mouse, and nests an item with the keyboard', async () => {
    // "Bế mạc" (4) dragged above "Thảo luận" (3)
    const handle = page.locator('[data-testid="agenda-item"][data-number="4"] [data-testid="drag-handle"]');
    const target = page.locator('[data-testid="agenda-item"][data-number="3"] [data-testid="drag-handle"]');
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + from.width / 2, from.y + ((to.y - from.y) * i) / 12 - 4, { steps: 2 });
    expect(await page.getByTestId('agenda-editor').getAttribute('data-dragging')).not.toBe('');
    await page.mouse.up();
    await expect.poll(() => agendaOrder(page)).toEqual(['1 Khai mạc kỳ họp', '2 Báo cáo kinh tế - xã hội', '3 Bế mạc', '4 Thảo luận']);

    // "Thảo luận" (4) becomes 3.1 with Space, →, Space. The handles stay disabled until the hub has acknowledged the
    // drop, which may come just after the pushed new order: a disabled handle cannot take the focus.
    const nested = page.locator('[data-testid="agenda-item"][data-number="4"] [data-testid="drag-handle"]');
    await expect.poll(() => nested.isEnabled()).toBe(true);
    await nested.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('agenda-editor').getAttribute('data-dragging')).not.toBe('');
    // dnd-kit starts listening for the keys of a keyboard drag in a timer: a timer of the page's own set after it
    // has run (timers fire in order), so the arrow is not pressed into the void, as a fast test would otherwise do.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-testid="agenda-item"][data-number="4"]').getAttribute('style')).toContain('--depth: 1');
    await page.keyboard.press('Space');
    await expect.poll(() => agendaOrder(page)).toEqual(['1 Khai mạc kỳ họp', '2 Báo cáo kinh tế - xã hội', '3 Bế mạc', '3.1 Thảo luận']);

    const items = (await snapshot()).agendaItems;
    const byTitle = Object.fromEntries(items.map((i) => [i.title, i]));
    expect(byTitle['Thảo luận']!.parentId).toBe(byTitle['Bế mạc']!.id);
    expect(byTitle['Bế mạc']).toMatchObject({ parentId: null, position: 2 });
  });

  it('publishes after the checklist and the confirmation', async () => {
    const checks = await page.getByTestId('publish-check').evaluateAll((list) => list.map((c) => `${(c as HTMLElement).dataset.check}:${(c as HTMLElement).dataset.ok}`));
    expect(checks).toEqual(['agenda:true', 'delegates:true', 'documents:true', 'seats:true', 'groups:true']);
    await page.getByTestId('publish').click();
    expect(await page.getByTestId('publish-confirm-panel').textContent()).toContain('2 tài liệu');
    expect((await snapshot()).meeting.status).toBe('draft');
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => page.getByTestId('meeting-status').getAttribute('data-status')).toBe('published');
    expect((await snapshot()).meeting.status).toBe('published');
    await page.getByTestId('tab-preload').click();
    await page.locator('[data-testid="preload-empty"], [data-testid="preload-devices"]').first().waitFor();
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('a tablet pairs, signs in with the badge of a delegate of the imported list and preloads the meeting, the document restricted to her group included', async () => {
    const published = await snapshot();
    const reader = published.delegates.find((d) => d.fullName === 'Nguyễn Thị Ánh Tuyết')!;
    expect(reader).toMatchObject({ group: 'Đoàn Hà Nội', seat: 'A01' });
    const documentIds = published.documents.map((d) => d.id).sort();
    const restricted = published.documents.find((d) => d.title === 'Phu luc mat')!;
    expect(restricted.access).toEqual({ kind: 'groups', groups: [reader.group] });
    const { shortCode } = await issueBadge(t.hub.url, t.passcode, 'ky-hop-12', reader.id);

    const device = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    tabletForeign = device.foreign;
    tablet = await device.context.newPage();
    tablet.on('pageerror', (error) => tabletProblems.push(error.message));
    await pairByRoomQr(tablet, await roomQrLink(t.hub.url, t.passcode, 'ky-hop-12'));
    await signInWithCode(tablet, shortCode);
    await expect.poll(() => tablet.getByTestId('delegate-badge').getAttribute('data-delegate-id'), { timeout: 10_000 }).toBe(reader.id);

    // Every document she may read, the restricted one with them, is counted, and the strip runs to the end.
    const strip = tablet.getByTestId('preload-strip');
    await expect.poll(() => strip.getAttribute('data-total'), { timeout: 15_000 }).toBe(String(documentIds.length));
    await expect.poll(() => strip.getAttribute('data-done'), { timeout: 30_000 }).toBe(String(documentIds.length));
    expect(await strip.getAttribute('data-failed')).toBe('0');
    expect(await strip.getAttribute('data-phase')).toBe('active');
    const bar = tablet.getByTestId('preload-progress');
    expect(Number(await bar.getAttribute('data-max'))).toBe(fixture('002-trivial-libre-office-writer.pdf').byteLength + fixture('multicolumn.pdf').byteLength);
    expect(await bar.getAttribute('data-value')).toBe(await bar.getAttribute('data-max'));
    await tablet.getByTestId('preload-toggle').click();
    const rows = tablet.locator('[data-testid="preload-panel"] [data-testid="preload-document"]');
    const states = () => rows.evaluateAll((list) => list.map((r) => `${(r as HTMLElement).dataset.documentId}:${(r as HTMLElement).dataset.state}`).sort());
    expect(await states()).toEqual(documentIds.map((id) => `${id}:done`));
    // Opened, the list covers the agenda column: closed again, as a delegate would, to reach the agenda.
    await tablet.getByTestId('preload-toggle').click();
    await rows.first().waitFor({ state: 'detached' });

    // The secretariat's preload tab, still open, hears it: this tablet, done.
    const row = page.getByTestId('preload-row');
    await expect.poll(async () => `${await row.getAttribute('data-done')}/${await row.getAttribute('data-total')}/${await row.getAttribute('data-failed')}`, { timeout: 10_000 }).toBe('2/2/0');

    // The item the secretariat attached them to: both marked as kept on this device.
    const itemId = published.agendaItems.find((i) => i.title === 'Báo cáo kinh tế - xã hội')!.id;
    await tablet.locator(`[data-testid="agenda-item"][data-item-id="${itemId}"] [data-testid="agenda-item-button"]`).click();
    await expect.poll(() => tablet.getByTestId('selected-item').getAttribute('data-item-id')).toBe(itemId);
    const items = tablet.getByTestId('document-item');
    await expect.poll(() => items.evaluateAll((list) => list.map((i) => `${(i as HTMLElement).dataset.documentId}:${(i as HTMLElement).dataset.offline}`).sort())).toEqual(
      documentIds.map((id) => `${id}:true`),
    );
    expect(problems).toEqual([]);
  });

  it('with the hub stopped, the tablet opens the PDFs the secretariat attached: first pages drawn, the restricted one watermarked, offline shown', async () => {
    const { documents, delegates } = await snapshot();
    const open = documents.find((d) => d.title === 'Bao cao KTXH')!;
    const restricted = documents.find((d) => d.title === 'Phu luc mat')!;
    const reader = delegates.find((d) => d.fullName === 'Nguyễn Thị Ánh Tuyết')!;
    await t.hub.close();
    hubStopped = true;
    await expect.poll(() => tablet.getByTestId('connection-badge').getAttribute('data-status'), { timeout: 10_000 }).not.toBe('connected');

    const read = async ({ id, title }: { id: string; title: string }) => {
      await tablet.locator(`[data-testid="document-item"][data-document-id="${id}"] [data-testid="document-open"]`).click();
      await expect.poll(() => tablet.getByTestId('viewer-title').textContent()).toBe(title);
      const first = tablet.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]');
      await first.waitFor({ timeout: 20_000 });
      expect(await tablet.getByTestId('viewer-pages').getAttribute('data-source')).toBe('device');
      await tablet.getByTestId('viewer-offline').waitFor({ timeout: 5_000 });
      return { first, pixels: await canvasPixels(tablet, 1) };
    };

    const plain = await read(open);
    expect(plain.pixels.total).toBeGreaterThan(10_000);
    expect(plain.pixels.drawn).toBeGreaterThan(plain.pixels.total * 0.005);
    expect(plain.pixels.tinted).toBe(0);
    expect(await tablet.getByTestId('viewer-pages').getAttribute('data-watermark')).toBeNull();

    await tablet.getByTestId('viewer-back').click();
    const secret = await read(restricted);
    expect(await secret.first.getAttribute('data-watermarked')).toBe('true');
    const watermark = await tablet.getByTestId('viewer-pages').getAttribute('data-watermark');
    expect(watermark).toContain(reader.fullName);
    expect(watermark).toContain(reader.seat);
    expect(secret.pixels.drawn).toBeGreaterThan(secret.pixels.total * 0.005);
    expect(secret.pixels.tinted).toBeGreaterThan(secret.pixels.total * 0.002);

    expect(tabletProblems).toEqual([]);
    expect(tabletForeign).toEqual([]);
  });
});
