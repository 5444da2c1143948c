// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { currentChange, demoSnapshot, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';
import { aClosedMotion, aMotion, anElection, electionResult, voteChange } from '../votes/testing.ts';

const quorum = { rule: { kind: 'majority' as const }, members: 60, present: 58, required: 31, missing: 0, reached: true };
const tally = { yes: 41, no: 12, abstain: 5 };

describe('a vote on the projector', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  // The projector signed in with its own credential, resumed from the last visit.
  const session = { token: 'p', role: 'projector', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };
  const open = (snapshot: ReturnType<typeof demoSnapshot>, language: 'vi' | 'en' = 'vi') =>
    renderApp(
      '/projector/demo',
      (socket) => {
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      },
      { language, stored: { 'roundtable.sessions': JSON.stringify({ projector: session }) } },
    );

  it('shows only the count and the countdown while the vote is open, never what was voted', async () => {
    const closesAt = new Date(Date.now() + 125_000).toISOString();
    const motion = aMotion({ status: 'open', openedAt: new Date().toISOString(), closesAt, durationSeconds: 125 });
    app = await open({ ...demoSnapshot(4, 'report'), quorum, motions: [motion], ballotCounts: [{ id: 'm1', round: null, voted: 23 }] });
    const stage = app.get('projector-vote');
    expect(stage.dataset.status).toBe('open');
    expect(app.get('projector-vote-count').textContent).toBe('23/58đã biểu quyết');
    expect(Number(app.get('vote-countdown').dataset.seconds)).toBeGreaterThan(120);
    expect(app.get('vote-countdown').textContent).toMatch(/Còn lại2:0\d/);
    // No chart, no answer words, no decision: nothing of the content.
    expect(app.all('motion-chart')).toHaveLength(0);
    expect(app.all('vote-decision')).toHaveLength(0);
    expect(stage.textContent).not.toMatch(/Tán thành|Không tán thành|Không biểu quyết/);

    await push(app.socket, 'meeting.changed', voteChange(5, { voted: { id: 'm1', round: null, voted: 57 } }));
    expect(app.get('projector-vote-count').dataset.voted).toBe('57');
  });

  it('shows the decision in words and the result as a chart once it closes, until the chair moves on', async () => {
    const snapshot = { ...demoSnapshot(4, 'report'), quorum, motions: [aMotion({ status: 'open', openedAt: '2026-11-23T01:05:00.000Z' })] };
    app = await open(snapshot, 'en');
    await push(app.socket, 'meeting.changed', voteChange(5, { motion: aClosedMotion(tally) }));
    expect(app.get('projector-vote').dataset.status).toBe('closed');
    expect(app.get('vote-decision').textContent).toBe('Passed: 41 of 60 delegates convened voted yes, more than half');
    expect(app.get('vote-counts').textContent).toBe('Yes: 41; No: 12; Abstain: 5');
    const chart = app.get('motion-chart');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelector('script')).toBeNull();
    expect(app.all('chart-bar').map((b) => [b.dataset.key, b.dataset.value])).toEqual([
      ['yes', '41'],
      ['no', '12'],
      ['abstain', '5'],
    ]);
    expect(chart.textContent).toContain('31 needed');

    await push(app.socket, 'meeting.changed', currentChange(6, snapshot, 'close'));
    expect(app.all('projector-vote')).toHaveLength(0);
    expect(app.get('current-item-title').textContent).toBe('Bế mạc');
  });

  it('charts an election round by candidate, coloured by outcome', async () => {
    const election = anElection({}, { status: 'closed', openedAt: '2026-11-23T02:01:00.000Z', closedAt: '2026-11-23T02:05:00.000Z' });
    election.rounds[0]!.result = electionResult(election, { c1: 9, c2: 8, c3: 4 }, 10);
    app = await open({ ...demoSnapshot(4, 'report'), elections: [election] });
    expect(app.get('vote-decision').textContent).toContain('Trúng cử đủ số lượng cần bầu (2): Nguyễn Văn An và Trần Thị Bình');
    expect(app.all('chart-bar').map((b) => [b.dataset.key, b.dataset.tone])).toEqual([
      ['c1', 'elected'],
      ['c2', 'elected'],
      ['c3', 'notElected'],
    ]);
  });
});
