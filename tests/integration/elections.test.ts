import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countElection, decideElection, type ElectionBallot } from '../../shared/domain/elections/index.ts';
import type { Election } from '../../shared/protocol/index.ts';
import { ok, send } from '../support/hub.ts';
import { castId, hubWithVotingRoom, type VotingRoom } from '../support/voting-room.ts';

/** 60 delegates elect 10 of 30 candidates on their tablets and on paper; a tie at the cut-off leads to a further round. */
const N = 60;
let room: VotingRoom;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ room, stop } = await hubWithVotingRoom(N));
}, 120_000);
afterAll(async () => {
  await stop?.();
});

const candidateNames = Array.from({ length: 30 }, (_, i) => ({ name: `Ứng cử viên ${String(i + 1).padStart(2, '0')}` }));

/** Delegate i keeps i % 11 names (none: a blank ballot), spread over the list, and strikes the rest. */
function ballotOf(i: number, candidates: readonly string[]): ElectionBallot {
  const kept = new Set(Array.from({ length: i % 11 }, (_, k) => candidates[(i * 7 + k * 3) % candidates.length]!));
  return Object.fromEntries(candidates.map((id) => [id, kept.has(id) ? 'keep' : 'strike']));
}

async function snapshotElection(electionId: string): Promise<Election> {
  const opened = (await ok(room.chair, 'meeting.open', { meetingId: room.meetingId })).data;
  if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
  return opened.snapshot.elections.find((e) => e.id === electionId)!;
}

describe('a secret election of 10 seats among 30 candidates', () => {
  it('counts 58 tablet ballots and 2 on paper exactly, and decides as the rules do', { timeout: 60_000 }, async () => {
    const { meetingId, chair, secretariat, tablets } = room;
    const created = (await ok(chair, 'election.create', { meetingId, title: 'Bầu Ban Chấp hành', base: 'validBallots', seats: 10, candidates: candidateNames })).data;
    const { electionId, candidateIds } = created;
    expect(candidateIds).toHaveLength(30);
    await ok(chair, 'election.open', { meetingId, electionId });

    // Two delegates vote on paper: marked by the secretariat; their ballots come as a count.
    const [p1, p2, ...onTablets] = tablets;
    await ok(secretariat, 'election.paperMark', { meetingId, electionId, delegateId: p1!.delegateId });
    await ok(secretariat, 'election.paperMark', { meetingId, electionId, delegateId: p2!.delegateId });
    expect(await send(p1!.socket, 'election.cast', { meetingId, electionId, round: 1, castId: castId(), marks: ballotOf(0, candidateIds) })).toMatchObject({ ok: false, code: 'conflict' });

    // A tablet cannot keep more than the seats, nor leave a name unmarked.
    const tooMany = Object.fromEntries(candidateIds.map((id, k) => [id, k < 11 ? 'keep' : 'strike'])) as Record<string, 'keep' | 'strike'>;
    expect(await send(onTablets[0]!.socket, 'election.cast', { meetingId, electionId, round: 1, castId: castId(), marks: tooMany })).toMatchObject({ ok: false, code: 'bad_request' });
    const { [candidateIds[0]!]: _missing, ...short } = ballotOf(3, candidateIds);
    expect(await send(onTablets[0]!.socket, 'election.cast', { meetingId, electionId, round: 1, castId: castId(), marks: short })).toMatchObject({ ok: false, code: 'bad_request' });

    const ballots = onTablets.map((_, i) => ballotOf(i + 2, candidateIds));
    const ids = onTablets.map(() => castId());
    const acks = await Promise.all(onTablets.flatMap((tab, i) => [0, 1].map(() => send(tab.socket, 'election.cast', { meetingId, electionId, round: 1, castId: ids[i]!, marks: ballots[i]! }))));
    expect(acks.filter((a) => !a.ok)).toEqual([]);

    // The paper count must be one that can be true, and add up to the delegates marked before the close.
    const paper = { valid: 1, invalid: 0, blank: 1, votes: { [candidateIds[0]!]: 1, [candidateIds[1]!]: 1 } };
    expect(await send(secretariat, 'election.paperCount', { meetingId, electionId, counts: { ...paper, votes: { [candidateIds[0]!]: 2 } } })).toMatchObject({ ok: false, code: 'bad_request' });
    expect((await ok(secretariat, 'election.paperCount', { meetingId, electionId, counts: { ...paper, blank: 0 } })).data).toEqual({ counted: 1, marked: 2 });
    expect(await send(chair, 'election.close', { meetingId, electionId })).toMatchObject({ ok: false, code: 'conflict' });
    await ok(secretariat, 'election.paperCount', { meetingId, electionId, counts: paper });

    const { result } = (await ok(chair, 'election.close', { meetingId, electionId })).data;
    const setup = { round: 1, seats: 10, candidates: candidateIds, base: 'validBallots' as const };
    const paperCount = { ...paper, votes: Object.fromEntries(candidateIds.map((id) => [id, paper.votes[id] ?? 0])) };
    const expected = decideElection(setup, countElection(setup, ballots, paperCount), { convened: N });
    expect(result).toMatchObject({ ...expected, present: N, paper: { valid: 1, invalid: 0, blank: 1 } });
    expect(result.valid + result.invalid + result.blank).toBe(N);
    expect(result.blank).toBe(ballots.filter((b) => !Object.values(b).includes('keep')).length + 1);
    expect(result.words.vi.candidates).toHaveLength(30);
    expect(result.words.en.ballots).toMatch(/^Valid ballots: \d+; invalid: 0; blank \(every name struck\): \d+$/);
    // Nobody, not even the chair, can ask what a delegate marked.
    const voters = (await ok(chair, 'election.voters', { meetingId, electionId })).data.voters;
    expect(voters).toHaveLength(N);
    expect(voters.every((v) => v.marks === null)).toBe(true);
    expect(voters.filter((v) => v.paper).map((v) => v.delegateId).sort()).toEqual([p1!.delegateId, p2!.delegateId].sort());
  });
});

describe('a named election with a tie at the cut-off', () => {
  it('reports the tie, holds a further round for the tied candidates, and keeps the rounds together', { timeout: 60_000 }, async () => {
    const { meetingId, chair, secretariat, tablets } = room;
    const { electionId, candidateIds } = (
      await ok(chair, 'election.create', { meetingId, title: 'Bầu Thư ký', ballot: 'named', base: 'validBallots', seats: 2, candidates: [{ name: 'An' }, { name: 'Bình' }, { name: 'Chi' }] })
    ).data;
    const [a, b, c] = candidateIds as [string, string, string];
    await ok(chair, 'election.open', { meetingId, electionId });
    const pick = (kept: string[]) => Object.fromEntries(candidateIds.map((id) => [id, kept.includes(id) ? 'keep' : 'strike'])) as Record<string, 'keep' | 'strike'>;
    // 20 keep An and Bình, 20 An and Chi, 20 Bình and Chi: 40 each, all more than half, for 2 seats.
    const round1 = (i: number) => pick(i < 20 ? [a, b] : i < 40 ? [a, c] : [b, c]);
    await ok(secretariat, 'election.paperBallot', { meetingId, electionId, delegateId: tablets[0]!.delegateId, marks: round1(0) });
    await Promise.all(tablets.slice(1).map((tab, i) => ok(tab.socket, 'election.cast', { meetingId, electionId, round: 1, castId: castId(), marks: round1(i + 1) })));
    const first = (await ok(chair, 'election.close', { meetingId, electionId })).data.result;
    expect(first).toMatchObject({ elected: [], tie: { candidates: [a, b, c], votes: 40, seatsLeft: 2 }, seatsLeft: 2, paper: { valid: 1, invalid: 0, blank: 0 } });
    expect(first.words.vi.outcome).toBe('Không có ai trúng cử. Bằng phiếu ở vị trí cuối: An, Bình và Chi (mỗi người 40 phiếu) cho 2 chỗ còn lại; không tự phân định, cần bầu tiếp.');
    const named = (await ok(chair, 'election.voters', { meetingId, electionId, round: 1 })).data.voters;
    expect(named.find((v) => v.delegateId === tablets[0]!.delegateId)).toMatchObject({ paper: true, marks: round1(0) });

    expect((await ok(chair, 'election.nextRound', { meetingId, electionId })).data).toEqual({ round: 2 });
    await ok(chair, 'election.open', { meetingId, electionId });
    // A ballot for the closed round is refused; the same castId again is answered the same.
    expect(await send(tablets[1]!.socket, 'election.cast', { meetingId, electionId, round: 1, castId: castId(), marks: round1(1) })).toMatchObject({ ok: false, code: 'conflict' });
    const round2 = (i: number) => pick(i < 30 ? [a, b] : [a, c]);
    await Promise.all(tablets.map((tab, i) => ok(tab.socket, 'election.cast', { meetingId, electionId, round: 2, castId: `r2-${String(i).padStart(6, '0')}`, marks: round2(i) })));
    expect(await send(tablets[3]!.socket, 'election.cast', { meetingId, electionId, round: 2, castId: 'r2-000003', marks: round2(3) })).toEqual({ ok: true, revision: null, data: { castId: 'r2-000003' } });
    expect((await ok(tablets[3]!.socket, 'election.myVote', { meetingId, electionId })).data).toMatchObject({ round: 2, voted: true, castId: 'r2-000003', marks: round2(3) });
    const second = (await ok(chair, 'election.close', { meetingId, electionId })).data.result;
    expect(second).toMatchObject({ round: 2, seats: 2, elected: [a], tie: null, seatsLeft: 1 });

    const election = await snapshotElection(electionId);
    expect(election.rounds.map((r) => [r.round, r.status, r.candidates.length, r.result?.elected])).toEqual([
      [1, 'closed', 3, []],
      [2, 'closed', 3, [a]],
    ]);
    expect(await send(chair, 'election.update', { meetingId, electionId, title: 'Đổi' })).toMatchObject({ ok: false, code: 'conflict' });
  });
});
