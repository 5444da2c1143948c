// Conformance, part 4: a motion and an election voted named and secret, on tablets and on paper, with every vote
// command; retries answered the same, nothing of a vote's content pushed before its close, the result frozen in words.
// Written from docs/protocol.md alone (see client.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, COMMANDS, type Json, VOTE_DOMAINS, applyChanges, covered, normalised, reasonProblems } from './client.ts';
import { type ConformanceRoom, openRoom } from './room.ts';

let room: ConformanceRoom;
let secretariat: Client;
let chair: Client;
let tablets: ConformanceRoom['tablets'];
const m = 'v1';

/** The tablet's state, followed from its snapshot by applying every push as the document says. */
async function followed(c: Client): Promise<Json> {
  const { snapshot } = await c.ok('meeting.open', { meetingId: m });
  return snapshot;
}

beforeAll(async () => {
  room = await openRoom({ meeting: { id: m, title: 'Đại hội', date: '2026-11-23' }, delegates: [['Nguyễn Văn An'], ['Trần Thị Bình'], ['Lê Minh Chi']] });
  ({ secretariat, chair, tablets } = room);
});

afterAll(async () => {
  await room?.stop();
});

describe('the hub as docs/protocol.md describes it: votes and elections', () => {
  it('runs a named motion: prepared, opened, voted on tablets (a retry answered the same) and on paper, closed', async () => {
    const [a, b, c] = tablets as [(typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0]];
    const start = await followed(a.c);
    const dropped = (await secretariat.ok('motion.create', { meetingId: m, title: 'Bỏ', rule: 'moreYesThanNo' })).motionId;
    await secretariat.ok('motion.remove', { meetingId: m, motionId: dropped });
    const { motionId } = await secretariat.ok('motion.create', { meetingId: m, title: 'Thông qua chương trình', rule: 'halfOfConvened' });
    await secretariat.ok('motion.update', { meetingId: m, motionId, text: 'Chương trình đại hội' });
    await chair.ok('motion.open', { meetingId: m, motionId });
    const castId = 'cast-a-0001';
    const first = await a.c.send('motion.cast', { meetingId: m, motionId, castId, answer: 'yes' });
    expect(first).toMatchObject({ ok: true, data: { castId } });
    expect(await a.c.send('motion.cast', { meetingId: m, motionId, castId, answer: 'yes' })).toEqual({ ok: true, revision: null, data: { castId } });
    const twice = await a.c.send('motion.cast', { meetingId: m, motionId, castId: 'cast-a-0002', answer: 'no' });
    expect(twice).toMatchObject({ ok: false, code: 'conflict', reason: 'voted_already' });
    expect(reasonProblems(twice)).toEqual([]);
    await b.c.ok('motion.cast', { meetingId: m, motionId, castId: 'cast-b-0001', answer: 'no' });
    await secretariat.ok('motion.paperVote', { meetingId: m, motionId, delegateId: c.delegateId, answer: 'yes' });
    expect(await c.c.send('motion.cast', { meetingId: m, motionId, castId: 'cast-c-0001', answer: 'yes' })).toMatchObject({ ok: false, code: 'conflict', reason: 'voted_on_paper' });
    expect(await secretariat.send('motion.paperVote', { meetingId: m, motionId, delegateId: c.delegateId, answer: 'no' })).toMatchObject({ code: 'conflict', reason: 'voted_on_paper' });
    expect(await a.c.ok('motion.myVote', { meetingId: m, motionId })).toEqual({ voted: true, castId, paper: false, answer: 'yes' });
    expect((await chair.ok('motion.voters', { meetingId: m, motionId })).voters.map((v: Json) => v.answer)).toEqual([null, null, null]);
    const closing = await chair.send('motion.close', { meetingId: m, motionId });
    if (!closing.ok) throw new Error(closing.message);
    expect(closing.data.result).toMatchObject({ yes: 2, no: 1, abstain: 0, convened: 3, passed: true, reason: 'met', paper: { yes: 1, no: 0, abstain: 0 } });
    expect(closing.data.result.words.vi.result).toBe('Thông qua: 2/3 đại biểu được triệu tập tán thành, quá một nửa');
    expect((await chair.ok('motion.voters', { meetingId: m, motionId })).voters.map((v: Json) => v.answer).sort()).toEqual(['no', 'yes', 'yes']);

    // Pushed to a tablet: the motion, how many voted, and the result only with the close.
    await a.c.push('meeting.changed', (p) => p.revision >= closing.revision!);
    let state = start;
    for (const p of a.c.pushes('meeting.changed').filter((p) => p.meetingId === m && p.revision > start.revision)) {
      for (const ch of p.changes) if (ch.collection === 'motion' && ch.value && ch.value.status !== 'closed') expect(ch.value.result).toBeNull();
      state = applyChanges(state, p.revision, p.changes);
    }
    expect(normalised(state)).toEqual(normalised(await followed(a.c)));
    expect(state.ballotCounts).toEqual([{ id: motionId, round: null, voted: 3 }]);
  });

  it('runs a secret motion: the paper counts must add up to the delegates marked, and what anyone voted is never told', async () => {
    const [a, b] = tablets as [(typeof tablets)[0], (typeof tablets)[0]];
    const { motionId } = await chair.ok('motion.create', { meetingId: m, title: 'Kín', ballot: 'secret', rule: 'moreYesThanNo' });
    await chair.ok('motion.open', { meetingId: m, motionId });
    await a.c.ok('motion.cast', { meetingId: m, motionId, castId: 'secret-a-01', answer: 'no' });
    await secretariat.ok('motion.paperMark', { meetingId: m, motionId, delegateId: b.delegateId });
    const unchecked = await chair.send('motion.close', { meetingId: m, motionId });
    expect(unchecked).toMatchObject({ ok: false, code: 'conflict', reason: 'paper_sums', params: { counted: 0, marked: 1 } });
    expect(reasonProblems(unchecked)).toEqual([]);
    expect(await secretariat.ok('motion.paperCount', { meetingId: m, motionId, counts: { yes: 1, no: 0, abstain: 0 } })).toEqual({ counted: 1, marked: 1 });
    expect(await a.c.ok('motion.myVote', { meetingId: m, motionId })).toEqual({ voted: true, castId: 'secret-a-01', paper: false, answer: null });
    const { result } = await chair.ok('motion.close', { meetingId: m, motionId });
    expect(result).toMatchObject({ yes: 1, no: 1, passed: false, reason: 'notMet' });
    expect((await chair.ok('motion.voters', { meetingId: m, motionId })).voters.map((v: Json) => v.answer)).toEqual([null, null]);
  });

  it('runs a named election with a further round for the seat left, and a secret one with paper counted', async () => {
    const [a, b, c] = tablets as [(typeof tablets)[0], (typeof tablets)[0], (typeof tablets)[0]];
    const dropped = (await chair.ok('election.create', { meetingId: m, title: 'Bỏ', base: 'validBallots', seats: 1, candidates: [{ name: 'X' }] })).electionId;
    await chair.ok('election.remove', { meetingId: m, electionId: dropped });
    const created = await chair.ok('election.create', { meetingId: m, title: 'Bầu thư ký', ballot: 'named', base: 'validBallots', seats: 2, candidates: [{ name: 'An' }, { name: 'Bình' }] });
    const { electionId } = created;
    await chair.ok('election.update', { meetingId: m, electionId, candidates: [...created.candidateIds.map((id: string, i: number) => ({ id, name: ['An', 'Bình'][i] })), { name: 'Chi' }] });
    const { snapshot } = await chair.ok('meeting.open', { meetingId: m });
    const ids: string[] = snapshot.elections.find((e: Json) => e.id === electionId).candidates.map((x: Json) => x.id);
    const marks = (kept: string[]) => Object.fromEntries(ids.map((id) => [id, kept.includes(id) ? 'keep' : 'strike']));
    await chair.ok('election.open', { meetingId: m, electionId });
    expect(await a.c.code('election.cast', { meetingId: m, electionId, round: 1, castId: 'el-a-00001', marks: marks(ids) })).toBe('bad_request');
    await a.c.ok('election.cast', { meetingId: m, electionId, round: 1, castId: 'el-a-00001', marks: marks([ids[0]!]) });
    await secretariat.ok('election.paperBallot', { meetingId: m, electionId, delegateId: b.delegateId, marks: marks([ids[0]!, ids[1]!]) });
    await c.c.ok('election.cast', { meetingId: m, electionId, round: 1, castId: 'el-c-00001', marks: marks([ids[0]!, ids[2]!]) });
    expect(await c.c.ok('election.myVote', { meetingId: m, electionId })).toEqual({ round: 1, voted: true, castId: 'el-c-00001', paper: false, marks: marks([ids[0]!, ids[2]!]) });
    const first = (await chair.ok('election.close', { meetingId: m, electionId })).result;
    expect(first).toMatchObject({ valid: 3, elected: [ids[0]], seatsLeft: 1, tie: null, paper: { valid: 1, invalid: 0, blank: 0 } });
    expect((await chair.ok('election.voters', { meetingId: m, electionId, round: 1 })).voters.find((v: Json) => v.delegateId === b.delegateId)).toMatchObject({ paper: true, marks: marks([ids[0]!, ids[1]!]) });
    expect(await chair.ok('election.nextRound', { meetingId: m, electionId })).toEqual({ round: 2 });

    const secret = await chair.ok('election.create', { meetingId: m, title: 'Bầu kín', base: 'convened', seats: 1, candidates: [{ name: 'Dũng' }, { name: 'Giang' }] });
    const k = (kept: string) => Object.fromEntries(secret.candidateIds.map((id: string) => [id, id === kept ? 'keep' : 'strike']));
    await chair.ok('election.open', { meetingId: m, electionId: secret.electionId });
    await a.c.ok('election.cast', { meetingId: m, electionId: secret.electionId, round: 1, castId: 'sec-a-0001', marks: k(secret.candidateIds[0]) });
    await secretariat.ok('election.paperMark', { meetingId: m, electionId: secret.electionId, delegateId: b.delegateId });
    const count = { valid: 1, invalid: 0, blank: 0, votes: { [secret.candidateIds[0]]: 1 } };
    expect(await secretariat.ok('election.paperCount', { meetingId: m, electionId: secret.electionId, counts: count })).toEqual({ counted: 1, marked: 1 });
    const result = (await chair.ok('election.close', { meetingId: m, electionId: secret.electionId })).result;
    expect(result).toMatchObject({ base: 3, threshold: 2, elected: [secret.candidateIds[0]], seatsLeft: 0 });
    expect(result.words.en.outcome).toBe('Seat filled: Dũng');
  });

  it('drove every vote command', () => {
    const mine = COMMANDS.map((x) => x.name).filter((n) => VOTE_DOMAINS.includes(n.split('.')[0]!));
    expect(mine.length).toBe(23);
    expect(mine.filter((n) => !covered.commands.has(n))).toEqual([]);
  });
});
