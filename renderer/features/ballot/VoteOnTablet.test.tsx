// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingSnapshot, Motion } from '../../../shared/protocol/index.ts';
import { PAIRED_DELEGATE, answerResume, click, demoSnapshot, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';
import { aClosedMotion, aMotion, anElection, voteChange } from '../votes/testing.ts';

const OPENED = { status: 'open' as const, openedAt: '2026-11-23T01:05:00.000Z' };
const present = { id: 'p1', status: 'present' as const, checkedInAt: '2026-11-23T01:00:00.000Z', checkedOutAt: null };
const notVoted = { voted: false, castId: null, paper: false, answer: null };

function meetingWith(votes: Partial<Pick<MeetingSnapshot, 'motions' | 'elections' | 'attendance'>>): MeetingSnapshot {
  return { ...demoSnapshot(4, 'report'), attendance: [present], ...votes };
}

describe('voting on the tablet', () => {
  let app: Rendered;
  afterEach(() => {
    vi.useRealTimers();
    app.unmount();
  });

  const open = (snapshot: MeetingSnapshot, script: (socket: Rendered['socket']) => void = () => {}, language: 'vi' | 'en' = 'vi') =>
    renderApp(
      '/tablet/demo',
      (socket) => {
        answerResume(socket);
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('motion.myVote', () => ok(notVoted));
        socket.answers.set('election.myVote', () => ok({ round: 1, ...notVoted, marks: null }));
        script(socket);
      },
      { stored: PAIRED_DELEGATE, language },
    );
  const casts = () => app.socket.sent.filter((s) => s.name === 'motion.cast' || s.name === 'election.cast').map((s) => s.input as Record<string, unknown>);
  const answer = (which: string) => app.all('ballot-answer').find((b) => b.dataset.answer === which)!;

  it('asks for a confirmation, then says the vote is recorded only once the hub acknowledges it', async () => {
    app = await open(meetingWith({ motions: [aMotion(OPENED)] }), (socket) => socket.hold('motion.cast'));
    expect(app.get('tablet-vote').dataset.phase).toBe('choosing');
    expect(app.all('ballot-answer').map((b) => b.textContent)).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết']);
    expect(app.all('agenda')).toHaveLength(0);

    await click(answer('yes'));
    expect(app.get('ballot-choice').textContent).toBe('Tán thành');
    expect(casts()).toHaveLength(0);
    await click(app.get('ballot-confirm'));
    const [cast] = casts();
    expect(cast).toMatchObject({ meetingId: 'demo', motionId: 'm1', answer: 'yes' });
    expect(cast?.castId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(app.get('ballot-sending').textContent).toContain('Đang gửi phiếu');
    expect(app.all('ballot-recorded')).toHaveLength(0);

    await act(async () => app.socket.held.shift()?.(ok({ castId: cast?.castId }, 9)));
    await settle();
    expect(app.get('ballot-recorded').textContent).toContain('Phiếu của bạn đã được ghi nhận');
    expect(app.get('ballot-recorded').textContent).toContain('Bạn đã chọn: Tán thành');
    expect(app.get('tablet-vote').dataset.phase).toBe('recorded');
  });

  it('sends a cast that got no answer again with the same castId, and counts it recorded on the ack', async () => {
    app = await open(meetingWith({ motions: [aMotion(OPENED)] }), (socket) => socket.hold('motion.cast'));
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    await click(answer('no'));
    await click(app.get('ballot-confirm'));
    await act(async () => vi.advanceTimersByTime(10_001));
    await settle();
    expect(app.get('ballot-failed').textContent).toContain('Phiếu CHƯA được ghi nhận');
    expect(app.get('ballot-failed').dataset.code).toBe('timeout');
    expect(app.all('ballot-recorded')).toHaveLength(0);
    // The lost answer comes late: too late to count as the ack; only the hub's answer to the retry does.
    await act(async () => app.socket.held.shift()?.(ok({ castId: 'late' })));
    await settle();
    expect(app.all('ballot-recorded')).toHaveLength(0);

    await click(app.get('ballot-retry'));
    const [first, second] = casts();
    expect(second).toEqual(first);
    await act(async () => app.socket.held.shift()?.(ok({ castId: second?.castId }, null)));
    await settle();
    expect(app.get('ballot-recorded').dataset.answer).toBe('no');
  });

  it('a new choice after a failure is a new cast, with a new castId', async () => {
    app = await open(meetingWith({ motions: [aMotion(OPENED)] }), (socket) => socket.answers.set('motion.cast', () => ({ ok: false, code: 'internal', message: 'disk full' })));
    await click(answer('yes'));
    await click(app.get('ballot-confirm'));
    expect(app.get('ballot-failed').dataset.code).toBe('internal');
    await click(app.get('ballot-again'));
    await click(answer('abstain'));
    await click(app.get('ballot-confirm'));
    const [first, second] = casts();
    expect(second?.answer).toBe('abstain');
    expect(second?.castId).not.toBe(first?.castId);
  });

  it('says it cannot vote while the hub is unreachable, and sends nothing', async () => {
    app = await open(meetingWith({ motions: [aMotion(OPENED)] }));
    await act(async () => app.socket.drop());
    await settle();
    expect(app.get('ballot-offline').textContent).toContain('Không thể biểu quyết lúc này');
    expect(app.all('ballot-answer').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(app.all('ballot-recorded')).toHaveLength(0);
    expect(casts()).toHaveLength(0);
  });

  it('shows "recorded" on coming back to a vote the hub already has, a secret one without its answer', async () => {
    app = await open(meetingWith({ motions: [aMotion({ ...OPENED, ballot: 'secret' })] }), (socket) =>
      socket.answers.set('motion.myVote', () => ok({ voted: true, castId: 'abcdefgh', paper: false, answer: null })),
    );
    expect(app.get('ballot-recorded').textContent).toContain('Nội dung phiếu kín không hiển thị');
    expect(app.all('ballot-answer')).toHaveLength(0);
    expect(casts()).toHaveLength(0);
  });

  it('turns a conflict into "recorded" when the hub says the vote is in (an earlier send made it)', async () => {
    let voted = false;
    app = await open(meetingWith({ motions: [aMotion(OPENED)] }), (socket) => {
      socket.answers.set('motion.myVote', () => ok(voted ? { voted: true, castId: 'abcdefgh', paper: false, answer: 'yes' } : notVoted));
      socket.answers.set('motion.cast', () => ((voted = true), { ok: false, code: 'conflict', message: 'This delegate has voted.' }));
    });
    await click(answer('yes'));
    await click(app.get('ballot-confirm'));
    expect(app.get('ballot-recorded').dataset.answer).toBe('yes');
  });

  it('asks a delegate who has not checked in to do so', async () => {
    app = await open(meetingWith({ motions: [aMotion(OPENED)], attendance: [] }), () => {}, 'en');
    expect(app.get('ballot-not-present').textContent).toContain('You are not checked in');
    expect(app.all('ballot-answer').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  it('lets a named vote with mayChange be changed, with a new cast', async () => {
    app = await open(meetingWith({ motions: [aMotion({ ...OPENED, mayChange: true })] }), (socket) =>
      socket.answers.set('motion.cast', (input) => ok({ castId: (input as { castId: string }).castId }, 9)),
    );
    await click(answer('yes'));
    await click(app.get('ballot-confirm'));
    await click(app.get('ballot-change'));
    await click(answer('no'));
    await click(app.get('ballot-confirm'));
    expect(app.get('ballot-recorded').dataset.answer).toBe('no');
    expect(new Set(casts().map((c) => c.castId)).size).toBe(2);
  });

  it('puts the ballot aside for the documents and brings it back', async () => {
    app = await open(meetingWith({ motions: [aMotion(OPENED)] }));
    await click(app.get('ballot-aside'));
    expect(app.all('agenda')).toHaveLength(1);
    expect(app.get('vote-strip').textContent).toContain('Thông qua Nghị quyết');
    await click(app.get('vote-strip-open'));
    expect(app.get('tablet-vote').dataset.voteId).toBe('m1');
  });

  it('marks an election ballot: keep or strike each name, at most the seats kept, then confirm', async () => {
    app = await open(meetingWith({ elections: [anElection({}, OPENED)] }), (socket) => socket.answers.set('election.cast', () => ok({ castId: 'x' }, 9)));
    const kept = () => app.get('ballot-kept');
    expect(kept().dataset).toMatchObject({ kept: '3', seats: '2' });
    expect(kept().textContent).toContain('hãy gạch thêm 1 tên');
    expect((app.get('ballot-next') as HTMLButtonElement).disabled).toBe(true);

    const candidate = (id: string) => app.all('ballot-candidate').find((c) => c.dataset.candidateId === id)!;
    await click(candidate('c3'));
    expect(candidate('c3').dataset.mark).toBe('strike');
    expect(kept().textContent).toContain('Đang giữ 2/2 tên');
    await click(app.get('ballot-next'));
    expect(app.get('ballot-choice').textContent).toBe('Nguyễn Văn An, Trần Thị Bình');
    await click(app.get('ballot-confirm'));
    expect(casts()[0]).toMatchObject({ electionId: 'e1', round: 1, marks: { c1: 'keep', c2: 'keep', c3: 'strike' } });
    expect(app.get('ballot-recorded').textContent).toContain('Phiếu của bạn đã được ghi nhận');
  });

  it('shows the result in words after the close, until the delegate goes back to the agenda', async () => {
    const motion: Motion = aMotion(OPENED);
    app = await open(meetingWith({ motions: [motion] }), () => {}, 'en');
    await push(app.socket, 'meeting.changed', voteChange(5, { motion: aClosedMotion({ yes: 41, no: 12, abstain: 5 }) }));
    expect(app.get('tablet-result').dataset.voteId).toBe('m1');
    expect(app.get('vote-decision').textContent).toBe('Passed: 41 of 60 delegates convened voted yes, more than half');
    expect(app.get('vote-counts').textContent).toBe('Yes: 41; No: 12; Abstain: 5');
    await click(app.get('tablet-result-close'));
    expect(app.all('tablet-result')).toHaveLength(0);
    expect(app.all('agenda')).toHaveLength(1);
  });
});
