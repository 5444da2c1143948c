// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { click, demoSnapshot, fill, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';
import { WORDS, aClosedMotion, aMotion, anElection, electionResult, voteChange } from '../votes/testing.ts';

const session = { token: 'chair-token', role: 'chair', expiresAt: '2999-01-01T00:00:00.000Z' };
const reached = { rule: { kind: 'majority' as const }, members: 2, present: 2, required: 2, missing: 0, reached: true };

/** Sets a form control's value as a person would (React listens to the native setter and the event). */
async function setValue(element: HTMLElement, value: string, event: 'input' | 'change' = 'change'): Promise<void> {
  await act(async () => {
    const proto = Object.getPrototypeOf(element) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('votes on the chair console', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (snapshot: MeetingSnapshot, script: (socket: Rendered['socket']) => void = () => {}, language: 'vi' | 'en' = 'vi') =>
    renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        script(socket);
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) }, language },
    );
  const sent = (name: string) => app.socket.sent.filter((s) => s.name === name).map((s) => s.input);

  it('prepares a motion on the current item with its ballot, words, rule and countdown', async () => {
    app = await open(demoSnapshot(7, 'report'), (socket) => socket.answers.set('motion.create', () => ok({ motionId: 'm9' }, 8)));
    expect(app.get('votes-card').textContent).toContain('Chưa có biểu quyết hay bầu cử nào cho mục này.');
    await click(app.get('new-motion'));
    expect(app.get('motion-form').textContent).toContain('Cho mục: 2. Báo cáo');
    expect([...app.get('motion-rule').querySelectorAll('option')].map((o) => o.textContent)).toContain('Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)');
    await fill(app.get('motion-title-input'), 'Thông qua báo cáo');
    await click(app.get('motion-ballot-secret'));
    expect((app.get('motion-may-change') as HTMLInputElement).disabled).toBe(true);
    await setValue(app.get('motion-rule'), 'twoThirdsOfPresent');
    await setValue(app.get('motion-duration'), '120');
    await click(app.get('motion-form-submit'));
    expect(sent('motion.create')).toEqual([
      {
        meetingId: 'demo',
        itemId: 'report',
        title: 'Thông qua báo cáo',
        text: '',
        ballot: 'secret',
        rule: 'twoThirdsOfPresent',
        words: WORDS,
        mayChange: false,
        durationSeconds: 120,
        minimumSeconds: null,
      },
    ]);
    expect(app.all('motion-form')).toHaveLength(0);
  });

  it('prepares an election: seats, base, candidates one per line', async () => {
    app = await open(demoSnapshot(7, 'report'), (socket) => socket.answers.set('election.create', () => ok({ electionId: 'e9', candidateIds: ['a', 'b', 'c'] }, 8)));
    await click(app.get('new-election'));
    await fill(app.get('election-title-input'), 'Bầu Ban Thường vụ');
    await setValue(app.get('election-seats'), '2', 'input');
    await setValue(app.get('election-candidates'), 'Nguyễn Văn An\n  Trần Thị Bình \n\nLê Minh Chi\nPhạm Thu Dung', 'input');
    expect(app.get('election-warning').textContent).toContain('vượt quá 30%');
    await click(app.get('election-form-submit'));
    expect(sent('election.create')[0]).toMatchObject({
      itemId: 'report',
      ballot: 'secret',
      base: 'convened',
      seats: 2,
      candidates: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }, { name: 'Lê Minh Chi' }, { name: 'Phạm Thu Dung' }],
    });
  });

  it('opens a prepared vote at once while the quorum holds', async () => {
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [aMotion()] }, (socket) => socket.answers.set('motion.open', () => ok({}, 8)));
    await click(app.get('vote-open'));
    expect(sent('motion.open')).toEqual([{ meetingId: 'demo', motionId: 'm1' }]);
    expect(app.all('vote-override')).toHaveLength(0);
  });

  it('opens without the quorum only with the chair’s reason', async () => {
    app = await open({ ...demoSnapshot(7, 'report'), motions: [aMotion()] }, (socket) => socket.answers.set('motion.open', () => ok({}, 8)));
    expect(app.all('vote-open')).toHaveLength(0);
    expect(app.get('vote-quorum-missing').textContent).toContain('Chưa đủ số lượng đại biểu: có mặt 0/2, còn thiếu 2.');
    expect((app.get('vote-open-override') as HTMLButtonElement).disabled).toBe(true);
    await fill(app.get('vote-override-reason'), '   ');
    expect((app.get('vote-open-override') as HTMLButtonElement).disabled).toBe(true);
    await fill(app.get('vote-override-reason'), 'Đại biểu đang trên đường tới, Hội nghị đồng ý');
    await click(app.get('vote-open-override'));
    expect(sent('motion.open')).toEqual([{ meetingId: 'demo', motionId: 'm1', override: { reason: 'Đại biểu đang trên đường tới, Hội nghị đồng ý' } }]);
  });

  it('counts voted of present live, closes after asking, then shows the decision in words and a chart', async () => {
    const live = aMotion({ status: 'open', openedAt: '2026-11-23T01:05:00.000Z', quorumOverride: { reason: 'Hội nghị đồng ý', missing: 1, by: 'chair' } });
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [live], ballotCounts: [{ id: 'm1', round: null, voted: 1 }] }, (socket) =>
      socket.answers.set('motion.close', () => ok({ result: null }, 9)),
    );
    const progress = () => app.get('vote-progress');
    expect(progress().dataset).toMatchObject({ voted: '1', entitled: '2' });
    expect(progress().textContent).toContain('1/2');
    expect(app.get('vote-override-note').textContent).toContain('Hội nghị đồng ý');
    expect(app.all('motion-chart')).toHaveLength(0);
    await push(app.socket, 'meeting.changed', voteChange(8, { voted: { id: 'm1', round: null, voted: 2 } }));
    expect(progress().dataset.voted).toBe('2');

    await click(app.get('vote-close'));
    expect(sent('motion.close')).toHaveLength(0);
    await click(app.get('vote-close-confirm'));
    expect(sent('motion.close')).toEqual([{ meetingId: 'demo', motionId: 'm1' }]);
    await push(app.socket, 'meeting.changed', voteChange(9, { motion: aClosedMotion({ yes: 41, no: 12, abstain: 5 }) }));
    expect(app.all('live-vote')).toHaveLength(0);
    expect(app.get('vote-decision').textContent).toBe('Thông qua: 41/60 đại biểu được triệu tập tán thành, quá một nửa');
    expect(app.get('motion-chart').dataset.rows).toBe('3');
  });

  it('does not close before the minimum duration', async () => {
    const live = aMotion({ status: 'open', openedAt: new Date().toISOString(), minimumSeconds: 60 });
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [live] }, () => {}, 'en');
    expect((app.get('vote-close') as HTMLButtonElement).disabled).toBe(true);
    expect(app.get('live-vote').textContent).toContain('may be closed in');
  });

  it('reports a tie at the cut-off and prepares a further round', async () => {
    const closed = anElection({}, { status: 'closed', openedAt: '2026-11-23T02:01:00.000Z', closedAt: '2026-11-23T02:05:00.000Z' });
    closed.rounds[0]!.result = electionResult(closed, { c1: 9, c2: 7, c3: 7 }, 10);
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, elections: [closed] }, (socket) => socket.answers.set('election.nextRound', () => ok({ round: 2 }, 9)));
    expect(app.get('vote-decision').dataset.tie).toBe('true');
    expect(app.get('vote-decision').textContent).toContain('Bằng phiếu ở vị trí cuối');
    expect(app.all('chart-bar').map((b) => b.dataset.tone)).toEqual(['elected', 'tied', 'tied']);
    await click(app.get('vote-next-round'));
    expect(sent('election.nextRound')).toEqual([{ meetingId: 'demo', electionId: 'e1' }]);
  });

  it('edits a prepared motion in its form, every field as it was, and sends motion.update', async () => {
    const dongY = { vi: { yes: 'Đồng ý', no: 'Không đồng ý', abstain: 'Phiếu trắng' }, en: { yes: 'In favour', no: 'Against', abstain: 'Abstain' } };
    const prepared = aMotion({ ballot: 'secret', rule: 'twoThirdsOfPresent', words: dongY, durationSeconds: 120 });
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [prepared] }, (socket) => socket.answers.set('motion.update', () => ok({}, 8)));
    await click(app.get('vote-edit'));
    expect(app.get('motion-form').textContent).toContain('Sửa biểu quyết đã chuẩn bị');
    expect((app.get('motion-title-input') as HTMLInputElement).value).toBe(prepared.title);
    expect((app.get('motion-ballot-secret') as HTMLInputElement).checked).toBe(true);
    expect((app.get('motion-rule') as HTMLSelectElement).value).toBe('twoThirdsOfPresent');
    expect((app.get('motion-duration') as HTMLSelectElement).value).toBe('120');
    expect(app.get('motion-words').querySelector('option')?.textContent).toBe('Đồng ý / Không đồng ý / Phiếu trắng');
    await fill(app.get('motion-title-input'), 'Thông qua Nghị quyết (đã chỉnh lý)');
    await click(app.get('motion-form-submit'));
    expect(sent('motion.create')).toHaveLength(0);
    expect(sent('motion.update')).toEqual([
      {
        meetingId: 'demo',
        motionId: 'm1',
        title: 'Thông qua Nghị quyết (đã chỉnh lý)',
        text: prepared.text,
        ballot: 'secret',
        rule: 'twoThirdsOfPresent',
        words: dongY,
        mayChange: false,
        durationSeconds: 120,
        minimumSeconds: null,
      },
    ]);
    expect(app.all('motion-form')).toHaveLength(0);
  });

  it('edits a prepared election: a name kept keeps its candidate, a new one has none', async () => {
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, elections: [anElection()] }, (socket) => socket.answers.set('election.update', () => ok({}, 8)), 'en');
    await click(app.get('vote-edit'));
    expect(app.get('election-form').textContent).toContain('Edit the prepared election');
    expect((app.get('election-candidates') as HTMLTextAreaElement).value).toBe('Nguyễn Văn An\nTrần Thị Bình\nLê Minh Chi');
    expect((app.get('election-seats') as HTMLInputElement).value).toBe('2');
    await setValue(app.get('election-candidates'), 'Trần Thị Bình\nNguyễn Văn An\nPhạm Thu Dung', 'input');
    await click(app.get('election-form-submit'));
    expect(sent('election.update')).toEqual([
      {
        meetingId: 'demo',
        electionId: 'e1',
        title: 'Bầu Ban Chấp hành',
        ballot: 'secret',
        base: 'convened',
        seats: 2,
        durationSeconds: null,
        minimumSeconds: null,
        candidates: [{ id: 'c2', name: 'Trần Thị Bình' }, { id: 'c1', name: 'Nguyễn Văn An' }, { name: 'Phạm Thu Dung' }],
      },
    ]);
  });

  it('keeps the form open with the hub’s refusal when the vote was opened meanwhile', async () => {
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [aMotion()] }, (socket) =>
      socket.answers.set('motion.update', () => ({ ok: false, code: 'conflict', message: 'The motion is open.' })),
    );
    await click(app.get('vote-edit'));
    await click(app.get('motion-form-submit'));
    expect(app.get('motion-form-error').dataset.code).toBe('conflict');
    expect(app.all('motion-form')).toHaveLength(1);
  });

  it('removes a prepared vote after asking', async () => {
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [aMotion()] }, (socket) => socket.answers.set('motion.remove', () => ok({}, 8)));
    await click(app.get('vote-remove'));
    expect(sent('motion.remove')).toHaveLength(0);
    expect(app.get('vote-row').textContent).toContain(`Xóa “${aMotion().title}”?`);
    await click(app.get('vote-remove-confirm'));
    expect(sent('motion.remove')).toEqual([{ meetingId: 'demo', motionId: 'm1' }]);
  });

  it('neither edits nor removes a further round: the election was opened', async () => {
    const closed = anElection({}, { status: 'closed' });
    const further = { ...closed, rounds: [...closed.rounds, { ...closed.rounds[0]!, round: 2, seats: 1, status: 'prepared' as const }] };
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, elections: [further] });
    expect(app.all('vote-open')).toHaveLength(1);
    expect(app.all('vote-edit')).toHaveLength(0);
    expect(app.all('vote-remove')).toHaveLength(0);
  });

  it('lists who voted after a named vote closes, with each answer in the body’s words and paper marked', async () => {
    const voters = [
      { delegateId: 'p1', fullName: 'Nguyễn Văn Hùng', seat: 'A01', paper: false, answer: 'yes' },
      { delegateId: 'p2', fullName: 'Trần Thị Hằng', seat: 'A02', paper: true, answer: 'abstain' },
    ];
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [aClosedMotion({ yes: 1, no: 0, abstain: 1 })] }, (socket) =>
      socket.answers.set('motion.voters', () => ok({ voters })),
    );
    await click(app.get('vote-voters'));
    expect(sent('motion.voters')).toEqual([{ meetingId: 'demo', motionId: 'm1' }]);
    expect(app.get('voters-dialog').textContent).toContain('Đại biểu đã biểu quyết');
    expect(app.get('voters-count').textContent).toBe('2 đại biểu, trong đó 1 bằng phiếu giấy');
    expect(app.all('voter-row').map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['A01', 'Nguyễn Văn Hùng', 'Máy tính bảng', 'Tán thành'],
      ['A02', 'Trần Thị Hằng', 'Phiếu giấy', 'Không biểu quyết'],
    ]);
    await fill(app.get('voters-search'), 'hang');
    expect(app.all('voter-row').map((row) => row.dataset.delegateId)).toEqual(['p2']);
    await click(app.get('voters-close'));
    expect(app.all('voters-dialog')).toHaveLength(0);
  });

  it('lists only who voted in a secret ballot, never what', async () => {
    const closed = anElection({}, { status: 'closed', openedAt: '2026-11-23T02:01:00.000Z', closedAt: '2026-11-23T02:05:00.000Z' });
    closed.rounds[0]!.result = electionResult(closed, { c1: 2, c2: 1, c3: 1 }, 2);
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, elections: [closed] }, (socket) =>
      socket.answers.set('election.voters', () => ok({ voters: [{ delegateId: 'p1', fullName: 'Nguyễn Văn Hùng', seat: 'A01', paper: false, marks: null }] })),
      'en',
    );
    await click(app.get('vote-voters'));
    expect(sent('election.voters')).toEqual([{ meetingId: 'demo', electionId: 'e1', round: 1 }]);
    expect(app.get('voters').textContent).toContain('Secret ballot: the list says who voted, never what.');
    expect(app.all('voter-choice')).toHaveLength(0);
    expect(app.get('voter-row').textContent).toBe('A01Nguyễn Văn HùngTablet');
  });

  it('says why the hub refuses the close of a secret ballot whose paper counts do not add up, in the screen’s language', async () => {
    const live = aMotion({ status: 'open', ballot: 'secret', openedAt: '2026-11-23T01:05:00.000Z' });
    const refusal = { ok: false, code: 'conflict', reason: 'paper_sums', params: { counted: 2, marked: 3 }, message: 'The paper counts (2 ballots) do not add up to the 3 delegates marked as having voted on paper.' };
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [live] }, (socket) => socket.answers.set('motion.close', () => refusal));
    await click(app.get('vote-close'));
    await click(app.get('vote-close-confirm'));
    expect(app.get('vote-error').dataset.reason).toBe('paper_sums');
    expect(app.get('vote-error').textContent).toBe(
      'Số phiếu giấy đã kiểm (2) chưa bằng số đại biểu đã bỏ phiếu giấy (3): thư ký cần sửa số phiếu hoặc đánh dấu đủ đại biểu trước khi kết thúc.',
    );
    expect(app.all('live-vote')).toHaveLength(1);
  });

  it('shows the hub’s refusal next to the vote', async () => {
    app = await open({ ...demoSnapshot(7, 'report'), quorum: reached, motions: [aMotion()] }, (socket) =>
      socket.answers.set('motion.open', () => ({ ok: false, code: 'conflict', message: 'Another vote is open.' })),
    );
    await click(app.get('vote-open'));
    expect(app.get('vote-error').dataset.code).toBe('conflict');
  });
});
