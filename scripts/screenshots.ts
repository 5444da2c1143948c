// `npm run screenshots`: the screens as people see them, in Vietnamese and English, saved to docs/screenshots/.
// Starts a hub with the demo meeting on a temporary data folder, drives Chromium through every screen,
// and fails if a page asks anything of a host other than the hub.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startHub } from '../main/hub/index.ts';
import type { Delegate } from '../shared/protocol/index.ts';
import { ok, signIn, trustRoomCa, type TestSocket } from '../tests/support/hub.ts';
import { trustRoomCaArgs } from '../tests/support/browser.ts';
import { shootImportReport } from './screenshots-import.ts';
import { addRestrictedDocument, shootPreloadAndWatermark, shootPreloadProgress } from './screenshots-preload.ts';
import { shootVotes } from './screenshots-votes.ts';
import { labelTablets, shootTabletsCard, tabletWithDamagedDocument } from './screenshots-tablets.ts';

const ROOT = join(import.meta.dirname, '..');
// SCREENSHOTS_OUT writes them elsewhere, to compare or to pick some without touching the others.
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');
const CONSOLE = { width: 1920, height: 1080 };
const TABLET = { width: 1280, height: 800 };
const DESK = { width: 1440, height: 900 };

/** A hub-side staff connection, to issue badges and seat some delegates before the screens are shot. */
interface Staff {
  socket: TestSocket;
  delegates: Delegate[];
  /** The chair's and a check-in desk's own credentials, issued by the secretariat (the admin passcode is its). */
  secrets: { chair: string; checkin: string; projector: string };
}

type Language = 'vi' | 'en';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-screens-'));
  const hub = await startHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    webRoot: join(ROOT, 'dist/renderer'),
    logToConsole: false,
    seedDemo: true,
  });
  const passcode = hub.firstPasscode ?? '';
  // Over HTTPS, as the room runs: this script's sockets and Chromium trust the hub's room CA, as a tablet that installed it.
  trustRoomCa(hub);
  const staff = await seatSomeDelegates(hub.url, passcode);
  await addRestrictedDocument(staff.socket);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...trustRoomCaArgs(hub.tls!.caPem)],
  });
  const foreign: string[] = [];
  try {
    for (const language of ['vi', 'en'] as const) {
      await shootLanguage(browser, hub.url, passcode, language, foreign, staff);
    }
    for (const language of ['vi', 'en'] as const) {
      await shootImportReport(await hubContext(browser, hub.url, language, foreign), hub.url, staff.socket, ROOT, language, {
        shot: (page, name) => page.screenshot({ path: join(OUT, `${name}-${language}.png`) }),
        settle,
        passcode,
      });
    }
  } finally {
    staff.socket.disconnect();
    await browser.close();
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (foreign.length > 0) {
    process.stderr.write(`Requests to other hosts than the hub:\n${foreign.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`Screenshots written to ${OUT}\n`);
}

/**
 * A room filling up: six delegates checked in and one excused, so the attendance card and the projector
 * show a meeting one short of its quorum (majority of 12 is 7) until the desk checks the next one in.
 */
async function seatSomeDelegates(hubUrl: string, passcode: string): Promise<Staff> {
  const socket = await signIn(hubUrl, passcode, 'secretariat');
  const opened = (await ok(socket, 'meeting.open', { meetingId: 'demo' })).data;
  if (opened.mode !== 'snapshot') throw new Error('expected a snapshot of the demo meeting');
  const delegates = opened.snapshot.delegates;
  for (const delegate of delegates.slice(2, 8)) await ok(socket, 'checkin.manual', { meetingId: 'demo', delegateId: delegate.id });
  const excused = delegates[8];
  if (excused) await ok(socket, 'attendance.set', { meetingId: 'demo', delegateId: excused.id, status: 'excused' });
  const issue = async (role: 'chair' | 'checkin' | 'projector', label: string) => (await ok(socket, 'staff.issue', { role, label })).data.secret;
  const secrets = {
    chair: await issue('chair', 'Chủ tọa phiên họp'),
    checkin: await issue('checkin', 'Bàn điểm danh cổng A'),
    projector: await issue('projector', 'Màn hình hội trường'),
  };
  return { socket, delegates, secrets };
}

async function shootLanguage(browser: Browser, hubUrl: string, passcode: string, language: Language, foreign: string[], staff: Staff) {
  const context = await hubContext(browser, hubUrl, language, foreign);
  const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}-${language}.png`) });

  // The chair moves the room to item 2.1 (first run) so every other screen has a current item to show.
  const console = await open(context, `${hubUrl}/console/demo`, CONSOLE);
  await signInIfAsked(console, staff.secrets.chair);
  await console.getByTestId('agenda-item-button').first().waitFor();
  if (language === 'vi') {
    await console.locator('[data-testid="agenda-item"][data-number="2.1"] [data-testid="agenda-item-button"]').click();
  }
  await console.locator('[data-testid="current-item"][data-item-id]:not([data-item-id=""])').waitFor();
  await console.getByTestId('room-qr').first().waitFor();
  await settle(console);
  await shot(console, 'console');
  await console.getByTestId('attendance-toggle').click();
  await console.getByTestId('attendance-filter-absent').waitFor();
  await settle(console);
  await shot(console, 'console-attendance');
  await console.getByTestId('attendance-toggle').click();

  // The room QR, large for the room; tablets pair by opening its link.
  await console.getByTestId('room-qr-enlarge').click();
  await console.getByTestId('room-qr-overlay').waitFor();
  await settle(console);
  await shot(console, 'console-room-qr');
  await console.getByTestId('room-qr-close').click();

  // Another device, never paired: the tablet screen asks to pair first.
  const stranger = await hubContext(browser, hubUrl, language, foreign);
  const unpaired = await open(stranger, `${hubUrl}/tablet/demo`, TABLET);
  await unpaired.getByTestId('pair-code-input').waitFor();
  await settle(unpaired);
  await shot(unpaired, 'pairing');
  // Its home: every screen with what it needs, and a way in by the meeting's id.
  const strangerHome = await open(stranger, `${hubUrl}/`, { width: DESK.width, height: 1320 });
  await strangerHome.getByTestId('screen-guide').waitFor();
  await strangerHome.getByTestId('home-not-paired').waitFor();
  await settle(strangerHome);
  await shot(strangerHome, 'home-unpaired');
  await stranger.close();

  // This device opens the room QR's link (as a tablet's camera app would): paired, it asks for the badge.
  // Each language's run signs a different delegate in, so no session has to move between devices.
  const roomLink = (await console.getByTestId('room-qr').first().getAttribute('data-url')) ?? '';
  const reader = staff.delegates[language === 'vi' ? 10 : 11];
  if (!reader) throw new Error('the demo meeting has too few delegates');
  const { shortCode } = (await ok(staff.socket, 'badge.issue', { meetingId: 'demo', delegateId: reader.id })).data;
  const tablet = await open(context, roomLink, TABLET);
  await tablet.getByTestId('badge-code-input').waitFor();
  await settle(tablet);
  await shot(tablet, 'tablet-signin');
  await tablet.getByTestId('badge-code-input').fill(shortCode);
  await tablet.getByTestId('badge-signin-submit').click();
  await tablet.getByTestId('selected-item').waitFor();
  await settle(tablet);
  await shot(tablet, 'tablet');
  await shootPreloadAndWatermark(tablet, shot, settle);

  // The document reader: the delegate taps a document of the current item and reads its first page.
  await tablet.getByTestId('document-open').first().click();
  await tablet.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor();
  await settle(tablet);
  await shot(tablet, 'viewer');
  const slowTablet = staff.delegates[language === 'vi' ? 9 : 7];
  if (slowTablet) await shootPreloadProgress(await hubContext(browser, hubUrl, language, foreign), roomLink, staff.socket, slowTablet, shot);
  const damaged = await tabletWithDamagedDocument(await hubContext(browser, hubUrl, language, foreign), roomLink, staff, language === 'vi' ? 5 : 6);
  await shootTabletsCard(console, shot, settle);
  await damaged.close();

  // Paired, the home screen lists the meetings.
  const home = await open(context, `${hubUrl}/`, DESK);
  await home.getByTestId('meeting-card').first().waitFor();
  await settle(home);
  await shot(home, 'home');

  // The projector signs in once with its own credential, on the hall's dark screen.
  const projector = await open(context, `${hubUrl}/projector/demo`, CONSOLE);
  await projector.getByTestId('signin-passcode').waitFor();
  await settle(projector);
  await shot(projector, 'projector-signin');
  await projector.getByTestId('signin-passcode').fill(staff.secrets.projector);
  await projector.getByTestId('signin-submit').click();
  await projector.getByTestId('current-item-title').waitFor();
  await settle(projector);
  await shot(projector, 'projector');

  const secretariat = await open(context, `${hubUrl}/secretariat/demo`, CONSOLE);
  await signInIfAsked(secretariat, passcode);
  await secretariat.getByTestId('agenda-editor').waitFor();
  await settle(secretariat);
  await shot(secretariat, 'secretariat');
  await secretariat.getByTestId('tab-delegates').click();
  await secretariat.getByTestId('delegate-row').first().waitFor();
  await settle(secretariat);
  await shot(secretariat, 'secretariat-delegates');
  await secretariat.getByTestId('tab-details').click();
  await secretariat.getByTestId('quorum-rule').waitFor();
  await settle(secretariat);
  await shot(secretariat, 'secretariat-details');
  await labelTablets(staff, language);
  await secretariat.getByTestId('tab-devices').click();
  await secretariat.locator('[data-testid="device-row"], [data-testid="devices-error"]').first().waitFor();
  await secretariat.getByTestId('pairing-code').filter({ hasNotText: '—' }).waitFor();
  await settle(secretariat);
  await shot(secretariat, 'secretariat-devices');
  await secretariat.getByTestId('tab-preload').click();
  await secretariat.locator('[data-testid="preload-devices"], [data-testid="preload-empty"]').first().waitFor();
  await settle(secretariat);
  await shot(secretariat, 'secretariat-preload');
  await secretariat.getByTestId('tab-access').click();
  await secretariat.getByTestId('staff-credential').first().waitFor();
  await secretariat.locator('[data-testid="failed-attempts"] table, [data-testid="failures-empty"]').first().waitFor();
  await settle(secretariat);
  await shot(secretariat, 'secretariat-access');
  // The import preview of a file with faulty rows: nothing is saved, the rows with errors are marked by line.
  await secretariat.getByTestId('tab-delegates').click();
  await secretariat.getByTestId('import-delegates').click();
  await secretariat.getByTestId('import-file').setInputFiles(join(ROOT, 'tests/fixtures/delegates/bad-rows.csv'));
  await secretariat.getByTestId('import-preview').waitFor();
  await secretariat.getByTestId('delegate-import').scrollIntoViewIfNeeded();
  await settle(secretariat);
  await shot(secretariat, 'secretariat-import');

  const secretariatTablet = await open(context, `${hubUrl}/secretariat/demo`, TABLET);
  await secretariatTablet.getByTestId('agenda-editor').waitFor();
  await settle(secretariatTablet);
  await shot(secretariatTablet, 'secretariat-tablet');
  await secretariatTablet.getByTestId('tab-delegates').click();
  await secretariatTablet.getByTestId('import-delegates').click();
  await secretariatTablet.getByTestId('import-file').setInputFiles(join(ROOT, 'tests/fixtures/delegates/tcvn3.csv'));
  await secretariatTablet.getByTestId('import-preview').waitFor();
  await secretariatTablet.getByTestId('delegate-import').scrollIntoViewIfNeeded();
  await settle(secretariatTablet);
  await shot(secretariatTablet, 'secretariat-import-tablet');

  const list = await open(context, `${hubUrl}/secretariat`, DESK);
  await list.getByTestId('secretariat-meeting').first().waitFor();
  await settle(list);
  await shot(list, 'secretariat-list');

  const checkin = await open(context, `${hubUrl}/checkin/demo`, TABLET);
  await signInIfAsked(checkin, staff.secrets.checkin);
  await checkin.getByTestId('checkin-search').fill('nguyen van');
  await checkin.getByTestId('delegate-open').first().click();
  await settle(checkin);
  await shot(checkin, 'checkin');

  // The desk's three answers: a badge scanned (green), the same badge again (amber), a forged one (red).
  const desk = await open(context, `${hubUrl}/checkin/demo`, TABLET);
  await desk.getByTestId('checkin-scan-input').waitFor();
  const arriving = staff.delegates[language === 'vi' ? 0 : 1];
  if (!arriving) throw new Error('the demo meeting has too few delegates');
  const { token } = (await ok(staff.socket, 'badge.issue', { meetingId: 'demo', delegateId: arriving.id })).data;
  const scan = async (text: string, outcome: string, name: string) => {
    await desk.getByTestId('checkin-scan-input').focus();
    await desk.keyboard.type(text);
    await desk.keyboard.press('Enter');
    await desk.locator(`[data-testid="checkin-result"][data-outcome="${outcome}"]`).waitFor();
    await settle(desk);
    await shot(desk, name);
    await desk.getByTestId('checkin-result').getByRole('button').click();
  };
  await scan(token, 'checked_in', 'checkin-green');
  await scan(token, 'already_present', 'checkin-amber');
  await scan(`${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`, 'refused', 'checkin-red');

  const signIn = await open(await hubContext(browser, hubUrl, language, foreign), `${hubUrl}/console/demo`, TABLET);
  await signIn.getByTestId('signin-passcode').waitFor();
  await settle(signIn);
  await shot(signIn, 'signin');
  await signIn.context().close();

  // Last, on items 3 and 4, so that no shot above shows a vote.
  await shootVotes({ console, tablet, projector }, staff, hubUrl, reader, language, shot, settle);

  await context.close();
}

async function hubContext(browser: Browser, hubUrl: string, language: Language, foreign: string[]): Promise<BrowserContext> {
  const hub = new URL(hubUrl);
  // Chromium trusts the room CA (its launch flags); Playwright's own requests (`route.fetch`, the damaged tablet's) do
  // not read those flags, so they are told to take the hub's certificate.
  const context = await browser.newContext({ locale: language === 'vi' ? 'vi-VN' : 'en-GB', deviceScaleFactor: 1, ignoreHTTPSErrors: true });
  await context.addInitScript((lng) => localStorage.setItem('roundtable.language', lng), language);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === hub.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
  return context;
}

async function open(context: BrowserContext, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  return page;
}

/** Signs in when the screen asks for the passcode (a kept session resumes without asking). */
async function signInIfAsked(page: Page, passcode: string): Promise<void> {
  const form = page.getByTestId('signin-passcode');
  const content = page.locator('[data-testid="agenda"], [data-testid="agenda-editor"], [data-testid="checkin-search"]');
  await form.or(content).first().waitFor();
  if (await form.isVisible()) {
    await form.fill(passcode);
    await page.getByTestId('signin-submit').click();
    await content.first().waitFor();
  }
}

/** Fonts loaded and entrance animations over. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(900);
}

await main();
