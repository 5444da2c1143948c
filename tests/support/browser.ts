import { X509Certificate, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; no browser download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM);

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', ...extraArgs],
  });
}

/**
 * Chromium's fake camera, showing the frames of a Y4M file (see `qrCameraFile`) and granting the camera without asking:
 * what a tablet's camera sees when a QR code is held in front of it.
 */
export const fakeCameraArgs = (y4mPath: string) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${y4mPath}`,
];

/**
 * Chromium trusting a TLS test hub's room CA, as a tablet that installed it: the SPKI flag names the CA's public key
 * (base64 SHA-256 of its SubjectPublicKeyInfo), and a chain holding it is accepted. Only that key: any other
 * certificate error still fails the page.
 */
export function trustRoomCaArgs(caPem: string): string[] {
  const spki = new X509Certificate(caPem).publicKey.export({ type: 'spki', format: 'der' });
  return [`--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`];
}

export const TABLET = { width: 1280, height: 800 };
export const CONSOLE = { width: 1920, height: 1080 };

/**
 * A browser context that may talk to the hub and nothing else: every request to another host is
 * aborted and recorded, so a test can fail on any CDN font, analytics call or stray fetch.
 */
export async function hubOnlyContext(
  browser: Browser,
  hubUrl: string,
  options: { viewport: { width: number; height: number }; locale?: string },
): Promise<{ context: BrowserContext; foreign: string[] }> {
  const hub = new URL(hubUrl);
  const foreign: string[] = [];
  const context = await browser.newContext({ viewport: options.viewport, locale: options.locale ?? 'vi-VN' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === hub.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) =>
    page.on('websocket', (ws) => {
      if (new URL(ws.url()).host !== hub.host) foreign.push(ws.url());
    }),
  );
  return { context, foreign };
}
