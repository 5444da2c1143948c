// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delegate, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { click, demoSnapshot, fill, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';
import { aClosedMotion, aMotion, anElection, voteChange } from '../votes/testing.ts';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };
const present = (id: string) => ({ id, status: 'present' as const, checkedInAt: '2026-11-23T00:30:00.000Z', checkedOutAt: null });
const onTablet = (d: Pick<Delegate, 'id' | 'fullName' | 'seat'>) => ({ delegateId: d.id, fullName: d.fullName, seat: d.seat, paper: false, answer: null, marks: null });
const onPaper = (d: Pick<Delegate, 'id' | 'fullName' | 'seat'>) => ({ ...onTablet(d), paper: true });

/** The demo's two delegates and a third, absent: p1 and p2 are checked in. */
function meeting(overrides: Partial<MeetingSnapshot> = {}): MeetingSnapshot {
  const base = demoSnapshot(7, 'report');
  const absent = { id: 'p3', fullName: 'Lê Văn Tám', title: '', organisation: '', group: '', seat: 'A03', badgeSerial: 1 };
  return {
    ...base,
    delegates: [...base.delegates, absent],
    attendance: [present('p1'), present('p2')],
    quorum: { rule: { kind: 'majority' }, members: 3, present: 2, required: 2, missing: 0, reached: true },
    ...overrides,
  };
}
const [hung, hang] = demoSnapshot().delegates as [Delegate, Delegate];

/** Sets a number field as a person types it (React listens to the native setter and the input event). */
async function type(input: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the secretariat’s paper desk', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (snapshot: MeetingSnapshot, script: (socket: Rendered['socket']) => void = () => {}, language: 'vi' | 'en' = 'vi') =>
    renderApp(
      '/secretariat/demo?tab=votes',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        script(socket);
      },
      { stored, language },
    );
  const sent = (name: string) => app.socket.sent.filter((s) => s.name === name).map((s) => s.input);
  const rows = () => app.all('paper-row').map((row) => row.dataset.delegateId);

  it('records a named paper vote against the name, after asking, and takes her off the list', async () => {
    let voters = [onTablet(hung)];
    app = await open(meeting({ motions: [aMotion({ status: 'open', openedAt: '2026-11-23T01:05:00.000Z' })] }), (socket) => {
      socket.answers.set('motion.voters', () => ok({ voters }));
      socket.answers.set('motion.paperVote', () => {
        voters = [onTablet(hung), onPaper(hang)];
        return ok({}, 8);
      });
    });
    expect(app.get('tab-votes').getAttribute('aria-selected')).toBe('true');
    expect(app.get('paper-desk').dataset).toMatchObject({ kind: 'motion', ballot: 'named' });
    expect(app.get('paper-desk').textContent).toContain('Biểu quyết công khai: ghi phiếu giấy của từng đại biểu theo tên.');
    // Hùng voted on a tablet, Tám is absent: only Hằng may vote on paper.
    expect(rows()).toEqual(['p2']);
    expect(app.get('paper-remaining').dataset.count).toBe('1');
    expect(app.all('paper-answer').map((b) => b.textContent)).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết']);

    await click(app.all('paper-answer')[1]!);
    expect(sent('motion.paperVote')).toHaveLength(0);
    expect(app.get('paper-ask').textContent).toContain('Ghi phiếu giấy của Trần Thị Hằng: Không tán thành?');
    await click(app.get('paper-confirm'));
    expect(sent('motion.paperVote')).toEqual([{ meetingId: 'demo', motionId: 'm1', delegateId: 'p2', answer: 'no' }]);
    expect(app.get('paper-done').textContent).toBe('Đã ghi phiếu giấy của Trần Thị Hằng.');
    expect(rows()).toEqual([]);
    expect(app.get('paper-all-voted').textContent).toBe('Mọi đại biểu có mặt đã biểu quyết.');
    expect(app.all('paper-voter').map((v) => v.textContent)).toEqual(['A02Trần Thị HằngPhiếu giấy']);
    expect(sent('motion.voters').length).toBeGreaterThanOrEqual(2);
  });

  it('asks nothing of the hub when the question is cancelled', async () => {
    app = await open(meeting({ motions: [aMotion({ status: 'open' })] }), (socket) => socket.answers.set('motion.voters', () => ok({ voters: [] })));
    expect(rows()).toEqual(['p1', 'p2']);
    await click(app.all('paper-answer')[0]!);
    await click(app.get('paper-cancel'));
    expect(app.all('paper-ask')).toHaveLength(0);
    expect(sent('motion.paperVote')).toHaveLength(0);
  });

  it('shows the hub’s refusal in the row when she voted meanwhile, and asks who voted again', async () => {
    let voters: ReturnType<typeof onTablet>[] = [];
    app = await open(meeting({ motions: [aMotion({ status: 'open' })] }), (socket) => {
      socket.answers.set('motion.voters', () => ok({ voters }));
      socket.answers.set('motion.paperVote', () => {
        voters = [onTablet(hang)];
        return { ok: false, code: 'conflict', reason: 'voted_already', message: 'This delegate has voted already; a vote counts once.' };
      });
    });
    const asked = sent('motion.voters').length;
    const row = app.all('paper-row').find((r) => r.dataset.delegateId === 'p2')!;
    await click(row.querySelector('[data-testid="paper-answer"]')!);
    await click(app.get('paper-confirm'));
    const refused = row.querySelector<HTMLElement>('[data-testid="paper-row-error"]');
    expect(refused?.dataset.code).toBe('conflict');
    expect(refused?.textContent).toBe('Đại biểu này đã biểu quyết: mỗi người chỉ được tính một lần.');
    expect(sent('motion.voters').length).toBeGreaterThan(asked);
    expect(rows()).toEqual(['p1']);
  });

  it('finds a delegate among 1,500 present, a few dozen rows at a time', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({
      id: `d${i + 1}`,
      fullName: `Đại biểu số ${i + 1}`,
      title: '',
      organisation: i === 1233 ? 'Đảng ủy Khối Doanh nghiệp' : '',
      group: '',
      seat: `S${String(i + 1).padStart(4, '0')}`,
      badgeSerial: 1,
    }));
    app = await open(meeting({ delegates: many, attendance: many.map((d) => present(d.id)), motions: [aMotion({ status: 'open', ballot: 'secret' })] }), (socket) =>
      socket.answers.set('motion.voters', () => ok({ voters: [] })),
    );
    expect(app.get('paper-remaining').textContent).toBe('1.500 người');
    expect(app.all('paper-row')).toHaveLength(50);
    expect(app.get('paper-more').textContent).toBe('Còn 1.450 người nữa: gõ tên hoặc số ghế để tìm.');
    await fill(app.get('paper-search'), 'dai bieu so 1234');
    expect(rows()).toEqual(['d1234']);
    await fill(app.get('paper-search'), 'doanh nghiep');
    expect(rows()).toEqual(['d1234']);
    await fill(app.get('paper-search'), 's001');
    expect(rows()).toEqual(Array.from({ length: 10 }, (_, i) => `d${10 + i}`));
  });

  it('marks a secret ballot’s paper voters and checks the counts against them before the chair may close', async () => {
    let voters = [onTablet(hung)];
    app = await open(meeting({ motions: [aMotion({ status: 'open', ballot: 'secret' })] }), (socket) => {
      socket.answers.set('motion.voters', () => ok({ voters }));
      socket.answers.set('motion.paperMark', () => {
        voters = [onTablet(hung), onPaper(hang)];
        return ok({}, 8);
      });
      socket.answers.set('motion.paperCount', (input) => ok({ counted: Object.values((input as { counts: Record<string, number> }).counts).reduce((a, b) => a + b, 0), marked: 1 }, 9));
    });
    expect(app.get('paper-desk').textContent).toContain('Bỏ phiếu kín: đánh dấu từng đại biểu đã bỏ phiếu giấy');
    expect(app.all('paper-answer')).toHaveLength(0);
    expect(app.get('paper-sums').dataset).toMatchObject({ state: 'none', marked: '0' });

    await click(app.get('paper-mark'));
    expect(app.get('paper-ask').textContent).toContain('Đánh dấu Trần Thị Hằng đã bỏ phiếu giấy?');
    await click(app.get('paper-confirm'));
    expect(sent('motion.paperMark')).toEqual([{ meetingId: 'demo', motionId: 'm1', delegateId: 'p2' }]);
    expect(app.get('paper-done').textContent).toBe('Đã đánh dấu Trần Thị Hằng bỏ phiếu giấy.');
    const sums = () => app.get('paper-sums');
    expect(sums().dataset).toMatchObject({ state: 'missing', marked: '1' });
    expect(sums().dataset.counted).toBeUndefined();
    expect(sums().textContent).toContain('Chủ tọa chưa kết thúc được');

    // Two ballots counted for one delegate marked: saved, and said not to match.
    await type(app.get('paper-count-yes'), '2');
    expect(app.get('paper-count-total').textContent).toBe('Tổng: 2 phiếu');
    await click(app.get('paper-count-save'));
    expect(sent('motion.paperCount')).toEqual([{ meetingId: 'demo', motionId: 'm1', counts: { yes: 2, no: 0, abstain: 0 } }]);
    expect(sums().dataset).toMatchObject({ state: 'mismatch', counted: '2', marked: '1' });
    expect(sums().querySelector<HTMLElement>('[data-sign]')?.dataset.sign).toBe('≠');
    expect(sums().textContent).toContain('Chưa khớp: chủ tọa chưa kết thúc được.');

    await type(app.get('paper-count-yes'), '0');
    expect(app.get('paper-count-unsaved')).toBeTruthy();
    await type(app.get('paper-count-no'), '1');
    await click(app.get('paper-count-save'));
    expect(sums().dataset).toMatchObject({ state: 'match', counted: '1', marked: '1' });
    expect(sums().textContent).toContain('Khớp: chủ tọa có thể kết thúc.');
    expect(app.get('paper-count-saved').textContent).toBe('Đã lưu 1 phiếu.');
  });

  it('keeps the counts saved while the secretariat visits another tab', async () => {
    const motion = aMotion({ id: 'm7', status: 'open', ballot: 'secret' });
    app = await open(meeting({ motions: [motion] }), (socket) => {
      socket.answers.set('motion.voters', () => ok({ voters: [onPaper(hang)] }));
      socket.answers.set('motion.paperCount', () => ok({ counted: 1, marked: 1 }, 9));
    });
    await type(app.get('paper-count-abstain'), '1');
    await click(app.get('paper-count-save'));
    await click(app.get('tab-delegates'));
    await click(app.get('tab-votes'));
    expect(app.get('paper-sums').dataset).toMatchObject({ state: 'match', counted: '1' });
    expect((app.get('paper-count-abstain') as HTMLInputElement).value).toBe('1');
  });

  it('refuses a count that cannot be true, in words, before sending it', async () => {
    const round = { status: 'open' as const, openedAt: '2026-11-23T02:01:00.000Z' };
    app = await open(meeting({ elections: [anElection({}, round)] }), (socket) => socket.answers.set('election.voters', () => ok({ voters: [onPaper(hang)] })), 'en');
    expect(app.get('paper-sums').dataset).toMatchObject({ state: 'missing', marked: '1' });
    await type(app.get('paper-count-valid'), '1');
    const candidate = (id: string) => app.all('paper-count-candidate').find((c) => c.dataset.candidateId === id)!;
    await type(candidate('c1'), '2');
    await type(candidate('c2'), '1');
    expect(app.all('paper-count-problem').map((p) => p.textContent)).toEqual([
      'A candidate has more votes than there are valid ballots.',
      'The votes must add up to between 1 and 2: each valid ballot keeps 1 to 2 names.',
    ]);
    expect((app.get('paper-count-save') as HTMLButtonElement).disabled).toBe(true);
    await type(candidate('c1'), '1');
    await type(candidate('c2'), '0');
    await type(candidate('c3'), '1');
    expect(app.all('paper-count-problem')).toHaveLength(0);
    app.socket.answers.set('election.paperCount', () => ok({ counted: 1, marked: 1 }, 9));
    await click(app.get('paper-count-save'));
    expect(sent('election.paperCount')).toEqual([{ meetingId: 'demo', electionId: 'e1', counts: { valid: 1, invalid: 0, blank: 0, votes: { c1: 1, c2: 0, c3: 1 } } }]);
    expect(app.get('paper-sums').dataset.state).toBe('match');
    expect(app.get('paper-sums').textContent).toContain('They match: the chair may close.');
    expect(app.get('paper-count-total').textContent).toBe('Total: 1 ballot');
    expect(app.get('paper-count-saved').textContent).toBe('1 ballot saved.');
  });

  it('copies a named election’s paper ballot, name by name, and says a blank one', async () => {
    app = await open(meeting({ elections: [anElection({ ballot: 'named' }, { status: 'open' })] }), (socket) => {
      socket.answers.set('election.voters', () => ok({ voters: [onTablet(hung)] }));
      socket.answers.set('election.paperBallot', () => ok({}, 8));
    });
    await click(app.get('paper-ballot-open'));
    expect(app.get('paper-ballot-kept').dataset).toMatchObject({ kept: '3', class: 'invalid' });
    expect(app.get('paper-ballot-kept').textContent).toContain('Giữ quá 2 tên: phiếu không hợp lệ');
    const strike = (id: string) => click(app.all('paper-candidate').find((c) => c.dataset.candidateId === id)!);
    await strike('c2');
    expect(app.get('paper-ballot-kept').dataset).toMatchObject({ kept: '2', class: 'valid' });
    expect(app.get('paper-ballot-kept').textContent).toBe('Giữ 2/2 tên');
    await click(app.get('paper-confirm'));
    expect(sent('election.paperBallot')).toEqual([{ meetingId: 'demo', electionId: 'e1', delegateId: 'p2', marks: { c1: 'keep', c2: 'strike', c3: 'keep' } }]);
    expect(rows()).toEqual([]);
  });

  it('asks who voted again as the count moves', async () => {
    let voters: ReturnType<typeof onTablet>[] = [];
    app = await open(meeting({ motions: [aMotion({ status: 'open' })] }), (socket) => socket.answers.set('motion.voters', () => ok({ voters })));
    expect(rows()).toEqual(['p1', 'p2']);
    voters = [onTablet(hung)];
    await push(app.socket, 'meeting.changed', voteChange(8, { voted: { id: 'm1', round: null, voted: 1 } }));
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 1100)));
    await push(app.socket, 'meeting.changed', voteChange(9, {}));
    expect(app.get('paper-voted').dataset.voted).toBe('1');
    expect(rows()).toEqual(['p2']);
  });

  it('lists the meeting’s votes with who voted in each once closed, when none is open', async () => {
    app = await open(meeting({ motions: [aClosedMotion({ yes: 2, no: 0, abstain: 0 })] }), (socket) =>
      socket.answers.set('motion.voters', () => ok({ voters: [{ ...onTablet(hung), answer: 'yes' }, { ...onPaper(hang), answer: 'yes' }] })),
    );
    expect(app.get('paper-none-open').textContent).toContain('Không có biểu quyết nào đang mở.');
    expect(app.get('ledger-row').textContent).toContain('Mục 2');
    await click(app.get('ledger-voters'));
    expect(app.all('voter-row').map((r) => r.dataset.paper)).toEqual(['false', 'true']);
    expect(app.get('voters-count').textContent).toBe('2 đại biểu, trong đó 1 bằng phiếu giấy');
  });
});
