// `node scripts/screenshots-speakers.ts` (after `npm run build:web`): the speaker queue, the countdown and an
// announcement on the chair's console, the projector and a tablet, in Vietnamese and English, into docs/screenshots/
// (SCREENSHOTS_OUT elsewhere). A hub with the demo meeting over HTTPS; five delegates ask to speak from sockets, one a
// point of order on the secretariat's side, and the chair has given the floor with a 3-minute limit; then a vote
// opens beside the queue (speakers-console-vote-*.png, and at 1280x800 speakers-console-vote-1280-*.png).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Delegate } from '../shared/protocol/index.ts';
import { CONSOLE, TABLET, hubOnlyContext, launchChromium, trustRoomCaArgs } from '../tests/support/browser.ts';
import { connect, ok, signIn, staffCredential, startTestHub, type TestSocket } from '../tests/support/hub.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../tests/support/tablet.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');
const M = 'demo';
const VOTE = {
  vi: 'Thông qua Nghị quyết về chuyển đổi số giai đoạn 2026–2030',
  en: 'Adoption of the Resolution on digital transformation 2026–2030',
};
const ANNOUNCEMENT = {
  vi: 'Giải lao 15 phút sau phần thảo luận mục 3. Mời các đại biểu dùng trà tại sảnh tầng 2.',
  en: 'A 15-minute break after the discussion of item 3. Tea is served in the second-floor lobby.',
};

async function settle(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(900);
}

/** A delegate's tablet driven from here: paired, signed in with the badge, following the meeting. */
async function socketTablet(url: string, staff: TestSocket, delegate: Delegate): Promise<TestSocket> {
  await ok(staff, 'checkin.manual', { meetingId: M, delegateId: delegate.id });
  const { token } = (await ok(staff, 'badge.issue', { meetingId: M, delegateId: delegate.id })).data;
  const socket = await connect(url, { deviceName: delegate.fullName });
  await ok(socket, 'device.pair', { code: (await ok(staff, 'pairing.get', {})).data.code });
  await ok(socket, 'session.badgeSignIn', { meetingId: M, code: token });
  await ok(socket, 'meeting.open', { meetingId: M });
  return socket;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const t = await startTestHub({ seedDemo: true, webRoot: join(ROOT, 'dist/renderer'), tls: true });
  const url = t.hub.url;
  const browser: Browser = await launchChromium(trustRoomCaArgs(t.hub.tls!.caPem));
  const sockets: TestSocket[] = [];
  try {
    const staff = await signIn(url, t.passcode, 'secretariat');
    sockets.push(staff);
    const opened = (await ok(staff, 'meeting.open', { meetingId: M })).data;
    if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
    const delegates = opened.snapshot.delegates;
    const item3 = opened.snapshot.agendaItems.find((i) => i.parentId === null && i.position === 2)!;
    await ok(staff, 'agenda.setCurrent', { meetingId: M, itemId: item3.id });
    await ok(staff, 'speakers.setLimit', { meetingId: M, itemId: null, seconds: 180 });
    const chairSecret = await staffCredential(url, t.passcode, 'chair', 'Chủ tọa');
    const chairSocket = await signIn(url, t.passcode, 'chair');
    sockets.push(chairSocket);
    const projectorSecret = await staffCredential(url, t.passcode, 'projector', 'Màn hình hội trường');
    const link = await roomQrLink(url, t.passcode, M);

    for (const language of ['vi', 'en'] as const) {
      const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}-${language}.png`) });
      const page = async (viewport: { width: number; height: number }) => {
        const { context } = await hubOnlyContext(browser, url, { viewport, locale: language === 'vi' ? 'vi-VN' : 'en-GB' });
        await context.addInitScript((lng) => localStorage.setItem('roundtable.language', lng), language);
        return context.newPage();
      };
      // Each language a fresh floor: the speakers of the last one are done.
      const speakers = delegates.slice(language === 'vi' ? 0 : 5, language === 'vi' ? 5 : 10);
      const reader = delegates[language === 'vi' ? 10 : 11]!;
      const tablets = [];
      for (const d of speakers) tablets.push(await socketTablet(url, staff, d));
      sockets.push(...tablets);

      const chair = await page(CONSOLE);
      await chair.goto(`${url}/console/${M}`);
      await chair.getByTestId('signin-passcode').fill(chairSecret);
      await chair.getByTestId('signin-submit').click();
      await chair.getByTestId('speakers-card').waitFor();
      const projector = await page(CONSOLE);
      await projector.goto(`${url}/projector/${M}`);
      await projector.getByTestId('signin-passcode').fill(projectorSecret);
      await projector.getByTestId('signin-submit').click();
      await projector.getByTestId('meeting-title').waitFor();
      const tablet = await page(TABLET);
      await pairByRoomQr(tablet, link);
      await ok(staff, 'checkin.manual', { meetingId: M, delegateId: reader.id });
      await signInWithCode(tablet, (await ok(staff, 'badge.issue', { meetingId: M, delegateId: reader.id })).data.shortCode);
      await tablet.getByTestId('ask-to-speak').waitFor();

      // Four ask on their tablets, a fifth is put on the list by the secretariat with a point of order; the first speaks.
      for (const s of tablets.slice(0, 4)) await ok(s, 'speakers.ask', { meetingId: M });
      await ok(staff, 'speakers.ask', { meetingId: M, delegateId: speakers[4]!.id, kind: 'pointOfOrder' });
      await ok(staff, 'speakers.give', { meetingId: M, speechId: (await ok(tablets[1]!, 'speakers.ask', { meetingId: M, kind: 'pointOfOrder' })).data.speechId });
      await tablet.getByTestId('ask-speech').click();
      await tablet.getByTestId('my-place-speech').waitFor();
      await chair.waitForTimeout(3000);
      await settle(chair);
      await shot(chair, 'speakers-console');
      // A vote opened beside the queue (a general one: closed, it leaves the item's votes as they were): the queue stays
      // readable, at 1920x1080 and 1280x800.
      const { motionId } = (await ok(chairSocket, 'motion.create', { meetingId: M, itemId: null, title: VOTE[language], ballot: 'named', rule: 'halfOfPresent', durationSeconds: 300 })).data;
      await ok(chairSocket, 'motion.open', { meetingId: M, motionId, override: { reason: VOTE[language] } });
      await chair.getByTestId('vote-progress').waitFor();
      await settle(chair);
      await shot(chair, 'speakers-console-vote');
      await chair.setViewportSize({ width: 1280, height: 800 });
      await settle(chair);
      await shot(chair, 'speakers-console-vote-1280');
      await ok(chairSocket, 'motion.close', { meetingId: M, motionId });
      await chair.setViewportSize(CONSOLE);
      await settle(projector);
      await shot(projector, 'speakers-projector');
      await settle(tablet);
      await shot(tablet, 'speakers-tablet-ask');

      // The chair announces, to the projector too: every tablet shows it until dismissed.
      await chair.getByTestId('open-announce').click();
      await chair.getByTestId('announce-text').fill(ANNOUNCEMENT[language]);
      await chair.getByTestId('announce-projector').check();
      await settle(chair);
      await shot(chair, 'speakers-announce');
      await chair.getByTestId('announce-send').click();
      await tablet.getByTestId('announcement').waitFor();
      await settle(tablet);
      await shot(tablet, 'speakers-tablet-announcement');
      await projector.getByTestId('announcement').waitFor();
      await settle(projector);
      await shot(projector, 'speakers-projector-announcement');

      // The reader has the floor: the time left on her tablet, in its warning.
      await ok(staff, 'speakers.setLimit', { meetingId: M, itemId: null, seconds: 30 });
      const mine = (await ok(staff, 'meeting.open', { meetingId: M })).data;
      if (mine.mode !== 'snapshot') throw new Error('expected a snapshot');
      const speech = mine.snapshot.speeches.find((s) => s.delegateId === reader.id && s.status === 'waiting')!;
      await ok(staff, 'speakers.give', { meetingId: M, speechId: speech.id });
      await tablet.getByTestId('dismiss-announcement').click();
      await tablet.locator('[data-testid="speaker-countdown"][data-phase="warning"]').waitFor({ timeout: 40_000 });
      await settle(tablet);
      await shot(tablet, 'speakers-tablet-speaking');

      // Clean up for the next language: the floor ends, the queue emptied, the announcement down, the limit back.
      const after = (await ok(staff, 'meeting.open', { meetingId: M })).data;
      if (after.mode !== 'snapshot') throw new Error('expected a snapshot');
      for (const s of after.snapshot.speeches) {
        if (s.status === 'waiting') await ok(staff, 'speakers.withdraw', { meetingId: M, speechId: s.id });
        if (s.status === 'speaking') await ok(staff, 'speakers.end', { meetingId: M, speechId: s.id });
      }
      for (const a of after.snapshot.announcements) await ok(staff, 'announcements.remove', { meetingId: M, announcementId: a.id });
      await ok(staff, 'speakers.setLimit', { meetingId: M, itemId: null, seconds: 180 });
      for (const p of [chair, projector, tablet]) await p.context().close();
    }
  } finally {
    for (const s of sockets) s.disconnect();
    await browser.close();
    await t.stop();
  }
}

await main();
