import type { Page } from 'playwright-core';
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
