// The vote shots for `npm run screenshots` (see screenshots.ts): a motion prepared, opened and voted on the console,
// a tablet and the projector, then an election with a tie at the cut-off. The votes are cast on the items the other
// shots do not show (3 and 4), and the chair goes back to item 2.1 after them, so no other shot shows a vote.
import type { Page } from 'playwright-core';
import type { Delegate } from '../shared/protocol/index.ts';
import { connect, ok, send, type TestSocket } from '../tests/support/hub.ts';

type Shot = (page: Page, name: string) => Promise<unknown>;

interface Screens {
  console: Page;
  /** Signed in as `reader`, on any page of the tablet. */
  tablet: Page;
  projector: Page;
}

const WORDS = {
  vi: {
    motion: 'Thông qua Nghị quyết về chuyển đổi số giai đoạn 2026–2030',
    text: 'Ban Thường vụ Tỉnh ủy biểu quyết thông qua toàn văn dự thảo Nghị quyết đã được chỉnh lý theo ý kiến thảo luận tại hội nghị.',
    election: 'Bầu bổ sung Ủy viên Ban Thường vụ Tỉnh ủy',
    paper: 'Thông qua Đề án sắp xếp tổ chức bộ máy các cơ quan tham mưu, giúp việc',
  },
  en: {
    motion: 'Adopt the resolution on digital transformation, 2026–2030',
    text: 'The Standing Committee votes on the full draft resolution as amended after the discussion.',
    election: 'By-election to the Standing Committee',
    paper: 'Adopt the plan to reorganise the committee’s advisory departments',
  },
};
const CANDIDATES = ['Vũ Thị Hồng Nhung', 'Đặng Minh Khôi', 'Bùi Thanh Tùng'];
const TABLET = { width: 1280, height: 800 };
const HALL = { width: 1920, height: 1080 };

/**
 * Six delegates present from the start (2 to 7) vote on tablets of their own, driven from here; the delegate
 * signed in on the shot tablet (`reader`) is checked in to vote too. Their sessions end after the shots, so the next
 * language's tablets sign in as before.
 */
export async function shootVotes(
  screens: Screens,
  staff: { socket: TestSocket; delegates: Delegate[] },
  hubUrl: string,
  reader: Delegate,
  language: 'vi' | 'en',
  shot: Shot,
  settle: (page: Page) => Promise<void>,
): Promise<void> {
  const { console, tablet, projector } = screens;
  // A page behind another one runs no transitions: the page shot is brought to the front first.
  const ready = async (page: Page) => {
    await page.bringToFront();
    await settle(page);
  };
  const words = WORDS[language];
  await send(staff.socket, 'checkin.manual', { meetingId: 'demo', delegateId: reader.id });
  const voters = await votingTablets(hubUrl, staff.socket, staff.delegates.slice(2, 8));
  try {
    await tablet.goto(`${hubUrl}/tablet/demo`);
    await console.locator('[data-testid="agenda-item"][data-number="3"] [data-testid="agenda-item-button"]').click();
    await console.locator('[data-testid="votes-card"]').waitFor();

    // The chair prepares the motion on the item under discussion.
    await console.getByTestId('new-motion').click();
    await console.getByTestId('motion-title-input').fill(words.motion);
    await console.getByTestId('motion-text-input').fill(words.text);
    await console.getByTestId('motion-rule').selectOption('halfOfPresent');
    await console.getByTestId('motion-duration').selectOption('180');
    await ready(console);
    await shot(console, 'console-vote-prepare');
    await console.getByTestId('motion-form-submit').click();
    await openVote(console);

    // Four delegates vote at once; the reader's tablet shows the ballot and its confirmation.
    const motionId = await waitForOpen(staff.socket, 'motion');
    const answers = ['yes', 'yes', 'yes', 'no', 'yes', 'abstain'] as const;
    const castMotion = (i: number) => ok(voters[i]!, 'motion.cast', { meetingId: 'demo', motionId, castId: crypto.randomUUID(), answer: answers[i]! });
    await Promise.all([0, 1, 2, 3].map(castMotion));
    await tablet.locator('[data-testid="tablet-vote"][data-phase="choosing"]').waitFor();
    await tablet.locator('[data-testid="ballot-answer"][data-answer="yes"]').click();
    await ready(tablet);
    await shot(tablet, 'tablet-vote');
    await tablet.getByTestId('ballot-confirm').click();
    await tablet.getByTestId('ballot-recorded').waitFor();
    await ready(tablet);
    await shot(tablet, 'tablet-vote-recorded');

    await console.locator('[data-testid="vote-progress"][data-voted="5"]').waitFor();
    await ready(console);
    await shot(console, 'console-vote');
    await projector.locator('[data-testid="projector-vote"][data-status="open"]').waitFor();
    await ready(projector);
    await shot(projector, 'projector-vote');

    // The last two vote, the chair closes: the decision everywhere.
    await Promise.all([4, 5].map(castMotion));
    await console.locator('[data-testid="vote-progress"][data-voted="7"]').waitFor();
    await closeVote(console);
    await console.getByTestId('motion-chart').waitFor();
    await ready(console);
    await shot(console, 'console-vote-result');
    await projector.locator('[data-testid="projector-vote"][data-status="closed"]').waitFor();
    await ready(projector);
    await shot(projector, 'projector-vote-result');
    await projector.setViewportSize(TABLET);
    await ready(projector);
    await shot(projector, 'projector-vote-result-1280');
    await projector.setViewportSize(HALL);
    await tablet.getByTestId('tablet-result').waitFor();
    await ready(tablet);
    await shot(tablet, 'tablet-vote-result');

    // An election of two seats from three names, on the next item: a tie at the cut-off for the second seat.
    await console.locator('[data-testid="agenda-item"][data-number="4"] [data-testid="agenda-item-button"]').click();
    await ok(staff.socket, 'election.create', {
      meetingId: 'demo',
      title: words.election,
      ballot: 'secret',
      base: 'validBallots',
      seats: 2,
      candidates: CANDIDATES.map((name) => ({ name })),
      durationSeconds: 300,
      minimumSeconds: null,
    });
    await console.locator('[data-testid="vote-row"][data-kind="election"][data-status="prepared"]').waitFor();
    await openVote(console);
    const electionId = await waitForOpen(staff.socket, 'election');
    const ids = await candidateIds(staff.socket, electionId);
    const ballots = [[0, 1], [0, 2], [0, 2], [0, 1], [1, 2], [2]];
    await Promise.all(
      ballots.map((kept, i) =>
        ok(voters[i]!, 'election.cast', {
          meetingId: 'demo',
          electionId,
          round: 1,
          castId: crypto.randomUUID(),
          marks: Object.fromEntries(ids.map((id, n) => [id, kept.includes(n) ? 'keep' : 'strike'])),
        }),
      ),
    );
    await tablet.locator('[data-testid="tablet-vote"][data-kind="election"][data-phase="choosing"]').waitFor();
    await tablet.locator(`[data-testid="ballot-candidate"][data-candidate-id="${ids[2]}"]`).click();
    await ready(tablet);
    await shot(tablet, 'tablet-election');
    await tablet.getByTestId('ballot-next').click();
    await tablet.getByTestId('ballot-confirm').click();
    await tablet.getByTestId('ballot-recorded').waitFor();
    await console.locator('[data-testid="vote-progress"][data-voted="7"]').waitFor();
    await closeVote(console);
    await console.getByTestId('election-chart').waitFor();
    await ready(console);
    await shot(console, 'console-election-result');
    await projector.locator('[data-testid="projector-vote"][data-status="closed"] [data-testid="election-chart"]').waitFor();
    await ready(projector);
    await shot(projector, 'projector-election-result');

    await shootPaperDesk(console, staff, voters, words.paper, shot, ready);
  } finally {
    await Promise.all(voters.map((socket) => send(socket, 'session.signOut', {}).finally(() => socket.disconnect())));
    await console.locator('[data-testid="agenda-item"][data-number="2.1"] [data-testid="agenda-item-button"]').click();
  }
}

/**
 * Paper beside tablets, on the same item: a secret motion, four delegates voting on tablets and two on paper. The
 * secretariat marks the two at its desk and enters one paper ballot too few (the check says the chair cannot close),
 * then the right count; the chair closes and lists who voted, tablet or paper.
 */
async function shootPaperDesk(
  console: Page,
  staff: { socket: TestSocket; delegates: Delegate[] },
  voters: TestSocket[],
  title: string,
  shot: Shot,
  ready: (page: Page) => Promise<void>,
): Promise<void> {
  await ok(staff.socket, 'motion.create', { meetingId: 'demo', title, ballot: 'secret', rule: 'halfOfPresent' });
  await console.locator('[data-testid="vote-row"][data-kind="motion"][data-status="prepared"]').waitFor();
  await openVote(console);
  const motionId = await waitForOpen(staff.socket, 'motion');
  const answers = ['yes', 'yes', 'no', 'yes'] as const;
  await Promise.all(answers.map((answer, i) => ok(voters[i]!, 'motion.cast', { meetingId: 'demo', motionId, castId: crypto.randomUUID(), answer })));

  // The secretariat's desk, in the same browser (its session kept from its own shots).
  const desk = await console.context().newPage();
  await desk.setViewportSize(HALL);
  await desk.goto(new URL('/secretariat/demo?tab=votes', console.url()).href);
  await desk.getByTestId('paper-desk').waitFor();
  for (const delegate of staff.delegates.slice(6, 8)) {
    await desk.getByTestId('paper-search').fill(delegate.fullName);
    await desk.locator(`[data-testid="paper-row"][data-delegate-id="${delegate.id}"] [data-testid="paper-mark"]`).click();
    await desk.getByTestId('paper-confirm').click();
    await desk.locator(`[data-testid="paper-voter"][data-delegate-id="${delegate.id}"]`).waitFor();
  }
  await desk.getByTestId('paper-search').fill('');
  await desk.getByTestId('paper-count-yes').fill('1');
  await desk.getByTestId('paper-count-save').click();
  await desk.locator('[data-testid="paper-sums"][data-state="mismatch"]').waitFor();
  // Typing scrolled the page: the shot shows it from the top, the vote's head in view.
  const top = () => desk.evaluate(() => window.scrollTo(0, 0));
  await top();
  await ready(desk);
  await shot(desk, 'secretariat-paper-mismatch');
  await desk.getByTestId('paper-count-no').fill('1');
  await desk.getByTestId('paper-count-save').click();
  await desk.locator('[data-testid="paper-sums"][data-state="match"]').waitFor();
  await top();
  await ready(desk);
  await shot(desk, 'secretariat-paper');
  await desk.close();

  await closeVote(console);
  await console.getByTestId('motion-chart').waitFor();
  await console.locator('[data-testid="vote-row"][data-vote-id="' + motionId + '"] [data-testid="vote-voters"]').click();
  await console.locator('[data-testid="voter-row"][data-paper="true"]').first().waitFor();
  await ready(console);
  await shot(console, 'console-vote-voters');
  await console.getByTestId('voters-close').click();
}

/** Opens the prepared vote: at once with the quorum, else with the chair's reason. */
async function openVote(console: Page): Promise<void> {
  const open = console.getByTestId('vote-open');
  const reason = console.getByTestId('vote-override-reason');
  await open.or(reason).first().waitFor();
  if (await open.isVisible()) await open.click();
  else {
    await reason.fill('Hội nghị đồng ý biểu quyết');
    await console.getByTestId('vote-open-override').click();
  }
  await console.getByTestId('live-vote').waitFor();
}

async function closeVote(console: Page): Promise<void> {
  await console.getByTestId('vote-close').click();
  await console.getByTestId('vote-close-confirm').click();
  await console.getByTestId('votes-card').waitFor();
}

/** The id of the open motion or election, as the hub has it. */
async function waitForOpen(socket: TestSocket, kind: 'motion' | 'election'): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const opened = (await ok(socket, 'meeting.open', { meetingId: 'demo' })).data;
    if (opened.mode !== 'snapshot') throw new Error('expected a snapshot of the demo meeting');
    const id =
      kind === 'motion'
        ? opened.snapshot.motions.find((m) => m.status === 'open')?.id
        : opened.snapshot.elections.find((e) => e.rounds.at(-1)?.status === 'open')?.id;
    if (id) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${kind} opened`);
}

async function candidateIds(socket: TestSocket, electionId: string): Promise<string[]> {
  const opened = (await ok(socket, 'meeting.open', { meetingId: 'demo' })).data;
  const election = opened.mode === 'snapshot' ? opened.snapshot.elections.find((e) => e.id === electionId) : undefined;
  if (!election) throw new Error('the election is gone');
  return election.rounds[0]!.candidates;
}

/** A tablet of each delegate's own, paired and signed in with a fresh badge (taking over any earlier session). */
async function votingTablets(hubUrl: string, staff: TestSocket, delegates: Delegate[]): Promise<TestSocket[]> {
  const { code } = (await ok(staff, 'pairing.get', {})).data;
  const tablets: TestSocket[] = [];
  for (const delegate of delegates) {
    const { token } = (await ok(staff, 'badge.issue', { meetingId: 'demo', delegateId: delegate.id })).data;
    const socket = await connect(hubUrl, { deviceName: `Máy tính bảng ${delegate.seat}` });
    await ok(socket, 'device.pair', { code });
    await ok(socket, 'session.badgeSignIn', { meetingId: 'demo', code: token, takeOver: true });
    tablets.push(socket);
  }
  return tablets;
}
