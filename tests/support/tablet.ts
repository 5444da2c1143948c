import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { create } from 'qrcode';
import { ok, signIn } from './hub.ts';

/** The room QR's link for a meeting, as the chair console shows it (`pairing.get` through a staff socket). */
export async function roomQrLink(hubUrl: string, passcode: string, meetingId: string): Promise<string> {
  const staff = await signIn(hubUrl, passcode, 'chair');
  try {
    const { code, urls } = (await ok(staff, 'pairing.get', {})).data;
    const link = new URL('/pair', urls[0] ?? hubUrl);
    link.searchParams.set('code', code);
    link.searchParams.set('meeting', meetingId);
    return link.href;
  } finally {
    staff.disconnect();
  }
}

/** Issues (or reissues) a delegate's badge through a secretariat socket: what a printed badge carries. */
export async function issueBadge(hubUrl: string, passcode: string, meetingId: string, delegateId: string) {
  const secretariat = await signIn(hubUrl, passcode, 'secretariat');
  try {
    return (await ok(secretariat, 'badge.issue', { meetingId, delegateId })).data;
  } finally {
    secretariat.disconnect();
  }
}

/** The demo's delegates, in list order, through a secretariat socket. */
export async function delegatesOf(hubUrl: string, passcode: string, meetingId: string) {
  const secretariat = await signIn(hubUrl, passcode, 'secretariat');
  try {
    const { data } = await ok(secretariat, 'meeting.open', { meetingId });
    if (data.mode !== 'snapshot') throw new Error('expected a snapshot');
    return data.snapshot.delegates;
  } finally {
    secretariat.disconnect();
  }
}

/** Pairs a tablet page by opening the room QR's link, as a tablet's camera app would; it lands on badge sign-in. */
export async function pairByRoomQr(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('badge-code-input').waitFor({ timeout: 10_000 });
}

/** Types a badge's short code on the tablet's sign-in screen and signs in. */
export async function signInWithCode(page: Page, shortCode: string): Promise<void> {
  await page.getByTestId('badge-code-input').fill(shortCode);
  await page.getByTestId('badge-signin-submit').click();
}

/**
 * Writes a Y4M video (what Chromium's fake camera plays, in a loop) of a QR code holding `text`, dark on light
 * and slightly grey as a printed card under room light.
 */
export function qrCameraFile(path: string, text: string, width = 640, height = 480): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const units = modules.size + 2 * quiet;
  const scale = Math.floor((Math.min(width, height) * 0.85) / units);
  const side = units * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 190);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quiet;
      const col = Math.floor(x / scale) - quiet;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col) === 1;
      luma[(top + y) * width + left + x] = dark ? 25 : 230;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]));
}
