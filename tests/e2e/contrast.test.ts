import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delegate } from '../../shared/protocol/index.ts';
import { CONSOLE, TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { staffCredential, startTestHub, type TestHub } from '../support/hub.ts';
import { delegatesOf, issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGUAGES = ['vi', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** One text that fails WCAG AA's contrast (4.5:1, 3:1 for large text), as axe-core measured it. */
interface Failure {
  screen: string;
  target: string;
  text: string;
  ratio: number;
  expected: string;
  colours: string;
}

/**
 * Runs axe-core's color-contrast rule on the page as it is. A text over a gradient (the projector's hall) is one axe
 * cannot measure: it is measured again over the gradient's lightest colour, the worst case for light text.
 */
async function contrastFailures(page: Page, screen: string): Promise<Failure[]> {
  await page.evaluate(() => document.fonts.ready);
  // Entrance animations over: a text fading in is measured at its final colour.
  await page.waitForTimeout(700);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const run = () =>
    page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      return axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations', 'incomplete'] });
    });
  const failuresOf = (results: AxeResults) =>
    results.violations.flatMap((v) =>
      v.nodes.map((node) => {
        const data = node.any[0]?.data ?? {};
        return {
          screen,
          target: node.target.join(' '),
          text: node.html.replace(/\s+/g, ' ').slice(0, 120),
          ratio: data.contrastRatio ?? 0,
          expected: data.expectedContrastRatio ?? '4.5:1',
          colours: `${data.fgColor ?? '?'} on ${data.bgColor ?? '?'}`,
        };
      }),
    );
  const first = await run();
  const overGradient = first.incomplete.flatMap((i) => i.nodes).filter((n) => n.any.some((c) => c.data?.messageKey === 'bgGradient'));
  if (overGradient.length === 0) return failuresOf(first);
  const restore = await page.evaluate(() => {
    // Each gradient replaced by its lightest colour stop, so that the texts over it can be measured.
    const changed: [HTMLElement, string][] = [];
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      const image = getComputedStyle(element).backgroundImage;
      if (!image.includes('gradient')) continue;
      const stops = [...image.matchAll(/rgba?\([^)]+\)/g)].map((m) => m[0]);
      const lightness = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
      const lightest = stops.sort((a, b) => lightness(b) - lightness(a))[0];
      if (!lightest) continue;
      changed.push([element, element.style.background]);
      element.style.background = lightest;
    }
    (window as unknown as { restoreGradients: () => void }).restoreGradients = () => changed.forEach(([e, b]) => (e.style.background = b));
    return changed.length;
  });
  const second = await run();
  if (restore > 0) await page.evaluate(() => (window as unknown as { restoreGradients: () => void }).restoreGradients());
  return [...failuresOf(first), ...failuresOf(second)];
}

interface AxeResults {
  violations: AxeRule[];
  incomplete: AxeRule[];
}
interface AxeRule {
  nodes: { target: string[]; html: string; any: { data?: { contrastRatio?: number; expectedContrastRatio?: string; fgColor?: string; bgColor?: string; messageKey?: string } }[] }[];
}

describe.skipIf(!chromiumPresent)('every screen’s text is readable: WCAG AA contrast, in Vietnamese and English (Chromium, axe-core)', () => {
  let t: TestHub;
  let browser: Browser;
  const foreign: string[][] = [];
  const contexts: BrowserContext[] = [];
  let delegates: Delegate[] = [];
  let roomLink = '';
  const secrets = { chair: '', checkin: '', projector: '' };

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT });
    browser = await launchChromium();
    delegates = await delegatesOf(t.hub.url, t.passcode, 'demo');
    roomLink = await roomQrLink(t.hub.url, t.passcode, 'demo');
    for (const role of ['chair', 'checkin', 'projector'] as const) secrets[role] = await staffCredential(t.hub.url, t.passcode, role);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await t?.stop();
  });

  /** A new device showing the screens in `language`. */
  async function device(language: Language, viewport: { width: number; height: number }): Promise<Page> {
    const made = await hubOnlyContext(browser, t.hub.url, { viewport, locale: language === 'vi' ? 'vi-VN' : 'en-GB' });
    await made.context.addInitScript((lng) => localStorage.setItem('roundtable.language', lng), language);
    foreign.push(made.foreign);
    contexts.push(made.context);
    return made.context.newPage();
  }

  async function signInAs(page: Page, secret: string, content: string): Promise<void> {
    await page.getByTestId('signin-passcode').fill(secret);
    await page.getByTestId('signin-submit').click();
    await page.locator(content).first().waitFor({ timeout: 20_000 });
  }

  it.each(LANGUAGES)('%s: home, pairing, tablet, document viewer, console, projector, secretariat, check-in desk and its answers, and a refusal', { timeout: 180_000 }, async (language) => {
    const failures: Failure[] = [];
    const check = async (page: Page, screen: string) => failures.push(...(await contrastFailures(page, `${language} ${screen}`)));

    // A device nobody paired: the home page, then a tablet's pairing form.
    const stranger = await device(language, TABLET);
    await stranger.goto(`${t.hub.url}/`);
    await stranger.getByTestId('screen-guide').or(stranger.getByTestId('home-not-paired')).first().waitFor({ timeout: 20_000 });
    await check(stranger, 'home');
    await stranger.goto(`${t.hub.url}/tablet/demo`);
    await stranger.getByTestId('pair-code-input').waitFor({ timeout: 20_000 });
    await check(stranger, 'pairing');

    // A tablet paired by the room QR: the badge sign-in, then the meeting.
    const tablet = await device(language, TABLET);
    await pairByRoomQr(tablet, roomLink);
    await check(tablet, 'badge sign-in');
    const reader = delegates[language === 'vi' ? 0 : 1]!;
    await signInWithCode(tablet, (await issueBadge(t.hub.url, t.passcode, 'demo', reader.id)).shortCode);
    await tablet.getByTestId('agenda-item').first().waitFor({ timeout: 20_000 });
    await check(tablet, 'tablet');
    await tablet.getByTestId('document-open').first().click();
    await tablet.locator('[data-testid="viewer-page-view"][data-rendered="true"]').first().waitFor({ timeout: 20_000 });
    await check(tablet, 'document viewer');
    // The tablet's high contrast and large text (its "Aa"), on the viewer and on the agenda.
    await tablet.getByTestId('display-settings').click();
    await tablet.getByTestId('display-high-contrast').click();
    await tablet.getByTestId('display-large-text').click();
    await tablet.getByTestId('display-settings').click();
    await check(tablet, 'document viewer, high contrast');
    await tablet.getByTestId('viewer-back').click();
    await tablet.getByTestId('agenda-item').first().waitFor({ timeout: 20_000 });
    await check(tablet, 'tablet, high contrast');

    // The chair's console: its sign-in with a wrong credential first (a refusal on screen), then the board.
    const console = await device(language, CONSOLE);
    await console.goto(`${t.hub.url}/console/demo`);
    await console.getByTestId('signin-passcode').fill('0000-0000-0000');
    await console.getByTestId('signin-submit').click();
    await console.getByTestId('signin-error').waitFor({ timeout: 20_000 });
    await check(console, 'console sign-in, refused');
    await signInAs(console, secrets.chair, '[data-testid="agenda-item-button"]');
    await check(console, 'console');

    // The projector: its own sign-in on the dark hall screen, then the meeting.
    const projector = await device(language, CONSOLE);
    await projector.goto(`${t.hub.url}/projector/demo`);
    await projector.getByTestId('signin-passcode').waitFor({ timeout: 20_000 });
    expect(await projector.getByTestId('pairing-form').count()).toBe(0);
    await check(projector, 'projector sign-in');
    await signInAs(projector, secrets.projector, '[data-testid="current-item"]');
    await check(projector, 'projector');

    // The secretariat: its sign-in, then each tab of a meeting.
    const secretariat = await device(language, CONSOLE);
    await secretariat.goto(`${t.hub.url}/secretariat/demo`);
    await secretariat.getByTestId('signin-passcode').waitFor({ timeout: 20_000 });
    await check(secretariat, 'secretariat sign-in');
    await signInAs(secretariat, t.passcode, '[data-testid="agenda-editor"]');
    await check(secretariat, 'secretariat agenda');
    for (const [tab, ready] of [
      ['delegates', '[data-testid="delegate-row"]'],
      ['details', '[data-testid="quorum-rule"]'],
      ['devices', '[data-testid="device-row"], [data-testid="devices-error"]'],
      ['preload', '[data-testid="preload-devices"], [data-testid="preload-empty"]'],
      ['access', '[data-testid="staff-credential"]'],
    ] as const) {
      await secretariat.getByTestId(`tab-${tab}`).click();
      await secretariat.locator(ready).first().waitFor({ timeout: 20_000 });
      await check(secretariat, `secretariat ${tab}`);
    }
    await secretariat.goto(`${t.hub.url}/secretariat`);
    await secretariat.getByTestId('secretariat-meeting').first().waitFor({ timeout: 20_000 });
    await check(secretariat, 'secretariat list');

    // The check-in desk: a delegate found and opened.
    const desk = await device(language, TABLET);
    await desk.goto(`${t.hub.url}/checkin/demo`);
    await signInAs(desk, secrets.checkin, '[data-testid="checkin-search"]');
    await desk.getByTestId('checkin-search').fill('nguyen');
    await desk.getByTestId('delegate-open').first().click();
    await check(desk, 'check-in desk');
    // Its answers to a badge: green for one checked in, red for one refused.
    const arriving = delegates[language === 'vi' ? 2 : 3]!;
    const { token } = await issueBadge(t.hub.url, t.passcode, 'demo', arriving.id);
    for (const [text, outcome] of [
      [token, 'checked_in'],
      [`${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`, 'refused'],
    ] as const) {
      await desk.getByTestId('checkin-scan-input').focus();
      await desk.keyboard.type(text);
      await desk.keyboard.press('Enter');
      await desk.locator(`[data-testid="checkin-result"][data-outcome="${outcome}"]`).waitFor({ timeout: 20_000 });
      await check(desk, `check-in ${outcome}`);
      await desk.getByTestId('checkin-result').getByRole('button').click();
    }

    expect(failures.map((f) => `${f.screen}: ${f.ratio}:1 < ${f.expected} (${f.colours}) at ${f.target}: ${f.text}`)).toEqual([]);
    expect(foreign.flat()).toEqual([]);
  });
});
