// The delegate import's report for `npm run screenshots` (see screenshots.ts). Shot after all the others: it adds
// a meeting, which the list of meetings would show.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ok, type TestSocket } from '../tests/support/hub.ts';

interface Shooting {
  shot: (page: Page, name: string) => Promise<unknown>;
  settle: (page: Page) => Promise<void>;
  /** The admin passcode: the secretariat's. */
  passcode: string;
}

/**
 * What an import did, line by line: the faulty list imported into a meeting where someone not in it keeps seat 16,
 * so the report has lines skipped (no name, a title too long) and lines imported without their seat (a seat given
 * twice, a seat taken).
 */
export async function shootImportReport(context: BrowserContext, hubUrl: string, socket: TestSocket, root: string, language: 'vi' | 'en', shooting: Shooting): Promise<void> {
  const meetingId = `nhap-${language}`;
  await ok(socket, 'meeting.create', { id: meetingId, title: 'Hội nghị tổng kết công tác năm 2026', date: '2026-12-18', place: 'Hội trường tầng 3' });
  await ok(socket, 'delegate.add', { meetingId, fullName: 'Hà Văn Giữ', organisation: 'Văn phòng Tỉnh ủy', seat: '16' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${hubUrl}/secretariat/${meetingId}?tab=delegates`);
  const form = page.getByTestId('signin-passcode');
  await form.or(page.getByTestId('import-delegates')).first().waitFor();
  if (await form.isVisible()) {
    await form.fill(shooting.passcode);
    await page.getByTestId('signin-submit').click();
  }
  await page.getByTestId('import-delegates').click();
  await page.getByTestId('import-file').setInputFiles(join(root, 'tests/fixtures/delegates/bad-rows.csv'));
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-done').waitFor();
  await page.getByTestId('delegate-import').scrollIntoViewIfNeeded();
  await shooting.settle(page);
  await shooting.shot(page, 'secretariat-import-done');
  await page.close();
}
