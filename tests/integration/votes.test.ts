import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditFile } from '../../main/hub/store/audit.ts';
import type { Motion, MotionResult } from '../../shared/protocol/index.ts';
import { ok, send, type TestHub, watchMeeting } from '../support/hub.ts';
import { castId, hubWithVotingRoom, type VotingRoom } from '../support/voting-room.ts';

/**
 * 60 delegates vote over real sockets: a named motion and a secret one; counts exact, a second vote and a vote for
 * another refused, retries counted once, nothing of a vote's content seen before the close.
 */
const N = 60;
let t: TestHub;
let room: VotingRoom;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ t, room, stop } = await hubWithVotingRoom(N));
}, 120_000);
afterAll(async () => {
  await stop?.();
});

/** yes for the first 41, no for the next 12, abstain for the rest: "Thông qua: 41/60 …". */
const answerOf = (i: number) => (i < 41 ? 'yes' : i < 53 ? 'no' : 'abstain');

async function motion(ballot: 'named' | 'secret', rule: Motion['rule'] = 'halfOfPresent') {
  const { meetingId } = room;
  const { motionId } = (await ok(room.chair, 'motion.create', { meetingId, title: `Biểu quyết ${ballot}`, ballot, rule })).data;
  await ok(room.chair, 'motion.open', { meetingId, motionId });
  return motionId;
}

describe.each(['named', 'secret'] as const)('a %s motion voted by 60 delegates', (ballot) => {
  let motionId: string;
  let result: MotionResult;
  const seen = { staff: [] as unknown[], tablet: [] as unknown[] };

  it('takes every vote once, retries included, and pushes only how many have voted', { timeout: 60_000 }, async () => {
    const { meetingId, tablets } = room;
    const chairWatch = watchMeeting(room.chair, meetingId);
    const tabletWatch = watchMeeting(tablets[0]!.socket, meetingId);
    motionId = await motion(ballot);
    const ids = tablets.map(() => castId());
    // All at once, and each sent twice (a tablet retrying after a lost ack): 120 casts, 60 votes.
    const acks = await Promise.all(
      tablets.flatMap((tab, i) => [0, 1].map(() => send(tab.socket, 'motion.cast', { meetingId, motionId, castId: ids[i]!, answer: answerOf(i) }))),
    );
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    expect(acks.map((a) => (a.ok ? a.data.castId : null))).toEqual(ids.flatMap((id) => [id, id]));
    // Sent again later, the same castId is answered the same: nothing more written.
    const later = await send(tablets[5]!.socket, 'motion.cast', { meetingId, motionId, castId: ids[5]!, answer: 'no' });
    expect(later).toEqual({ ok: true, revision: null, data: { castId: ids[5] } });

    const voters = (await ok(room.secretariat, 'motion.voters', { meetingId, motionId })).data.voters;
    expect(voters).toHaveLength(N);
    expect(voters.every((v) => v.answer === null && !v.paper)).toBe(true);

    const closed = await ok(room.chair, 'motion.close', { meetingId, motionId });
    result = closed.data.result;
    seen.staff = await chairWatch.reach(closed.revision!);
    seen.tablet = await tabletWatch.reach(closed.revision!);
    chairWatch.stop();
    tabletWatch.stop();
  });

  it('decides it exactly, in words, frozen in the motion', () => {
    expect(result).toMatchObject({ yes: 41, no: 12, abstain: 7, cast: 60, present: 60, convened: 60, base: 60, threshold: 31, passed: true, reason: 'met' });
    expect(result.paper).toEqual({ yes: 0, no: 0, abstain: 0 });
    expect(result.words.vi.result).toBe('Thông qua: 41/60 đại biểu có mặt tán thành, quá một nửa');
    expect(result.words.en.result).toBe('Passed: 41 of 60 delegates present voted yes, more than half');
    expect(result.words.vi.counts).toBe('Tán thành: 41; Không tán thành: 12; Không biểu quyết: 7');
  });

  it('showed nobody what was voted before the close: only the count moved', () => {
    for (const changes of [seen.staff, seen.tablet] as { collection: string; value: unknown }[][]) {
      const counts = changes.filter((c) => c.collection === 'ballotCount').map((c) => (c.value as { voted: number }).voted);
      expect(counts.length).toBeGreaterThan(0);
      expect(Math.max(...counts)).toBe(N);
      for (const c of changes.filter((c) => c.collection === 'motion')) {
        const m = c.value as Motion;
        if (m.status !== 'closed') expect(m.result).toBeNull();
      }
      // Before the close: the motion without a result, and counts of voters, nothing else.
      const before = changes.filter((c) => c.collection !== 'motion' || (c.value as Motion).status !== 'closed');
      expect(new Set(before.map((c) => c.collection))).toEqual(new Set(['motion', 'ballotCount']));
      for (const c of before.filter((c) => c.collection === 'ballotCount')) expect(Object.keys(c.value as object).sort()).toEqual(['id', 'round', 'voted']);
    }
  });

  it('lists who voted what only for a named vote, after the close', async () => {
    const voters = (await ok(room.chair, 'motion.voters', { meetingId: room.meetingId, motionId })).data.voters;
    const byId = new Map(voters.map((v) => [v.delegateId, v.answer]));
    room.tablets.forEach((tab, i) => expect(byId.get(tab.delegateId)).toBe(ballot === 'named' ? answerOf(i) : null));
    const mine = (await ok(room.tablets[0]!.socket, 'motion.myVote', { meetingId: room.meetingId, motionId })).data;
    expect(mine).toMatchObject({ voted: true, paper: false, answer: ballot === 'named' ? 'yes' : null });
  });
});

describe('refusals', () => {
  it('refuses a second vote, a vote for another, a vote when closed, and anyone but a present delegate', { timeout: 30_000 }, async () => {
    const { meetingId, tablets, secretariat, chair } = room;
    const motionId = await motion('secret');
    const [a, b] = tablets;
    await ok(a!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'yes' });
    const twice = await send(a!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'no' });
    expect(twice).toMatchObject({ ok: false, code: 'conflict' });
    // A vote for another: the voter is always the session's delegate; a field naming another is refused.
    const forOther = await send(a!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'no', delegateId: b!.delegateId } as never);
    expect(forOther).toMatchObject({ ok: false, code: 'bad_request' });
    expect(await send(chair, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'yes' })).toMatchObject({ ok: false, code: 'forbidden' });
    // Checked out: no longer votes.
    await ok(secretariat, 'checkin.checkout', { meetingId, delegateId: b!.delegateId });
    expect(await send(b!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'yes' })).toMatchObject({ ok: false, code: 'conflict' });
    await ok(secretariat, 'checkin.manual', { meetingId, delegateId: b!.delegateId });
    // Another vote may not open while this one is.
    const other = (await ok(chair, 'motion.create', { meetingId, title: 'Khác', rule: 'moreYesThanNo' })).data.motionId;
    expect(await send(chair, 'motion.open', { meetingId, motionId: other })).toMatchObject({ ok: false, code: 'conflict' });
    // The paper marks must match the paper counts before the close.
    await ok(secretariat, 'motion.paperMark', { meetingId, motionId, delegateId: b!.delegateId });
    expect(await send(b!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'yes' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(chair, 'motion.close', { meetingId, motionId })).toMatchObject({ ok: false, code: 'conflict' });
    expect((await ok(secretariat, 'motion.paperCount', { meetingId, motionId, counts: { yes: 0, no: 1, abstain: 0 } })).data).toEqual({ counted: 1, marked: 1 });
    const { result } = (await ok(chair, 'motion.close', { meetingId, motionId })).data;
    expect(result).toMatchObject({ yes: 1, no: 1, abstain: 0, paper: { yes: 0, no: 1, abstain: 0 } });
    expect(await send(tablets[2]!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'yes' })).toMatchObject({ ok: false, code: 'conflict' });
    await ok(chair, 'motion.remove', { meetingId, motionId: other });
  });

  it('lets a named vote be changed until the close when the motion allows it, an old cast id never undoing the change', async () => {
    const { meetingId, tablets, secretariat, chair } = room;
    const { motionId } = (await ok(chair, 'motion.create', { meetingId, title: 'Có thể đổi', rule: 'moreYesThanNo', mayChange: true })).data;
    expect(await send(chair, 'motion.create', { meetingId, title: 'Kín', rule: 'moreYesThanNo', ballot: 'secret', mayChange: true })).toMatchObject({ ok: false, code: 'bad_request' });
    await ok(chair, 'motion.open', { meetingId, motionId });
    const [a, b] = tablets;
    const first = castId();
    await ok(a!.socket, 'motion.cast', { meetingId, motionId, castId: first, answer: 'yes' });
    await ok(a!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'no' });
    // The first cast arriving late (a retry) is answered, and changes nothing back.
    expect(await send(a!.socket, 'motion.cast', { meetingId, motionId, castId: first, answer: 'yes' })).toEqual({ ok: true, revision: null, data: { castId: first } });
    expect((await ok(a!.socket, 'motion.myVote', { meetingId, motionId })).data).toMatchObject({ voted: true, answer: 'no' });
    // On paper, against her name: once, and not for one who voted on a tablet.
    await ok(secretariat, 'motion.paperVote', { meetingId, motionId, delegateId: b!.delegateId, answer: 'yes' });
    expect(await send(secretariat, 'motion.paperVote', { meetingId, motionId, delegateId: b!.delegateId, answer: 'no' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(secretariat, 'motion.paperVote', { meetingId, motionId, delegateId: a!.delegateId, answer: 'yes' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(b!.socket, 'motion.cast', { meetingId, motionId, castId: castId(), answer: 'no' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(secretariat, 'motion.paperMark', { meetingId, motionId, delegateId: tablets[2]!.delegateId })).toMatchObject({ ok: false, code: 'conflict' });
    const { result } = (await ok(chair, 'motion.close', { meetingId, motionId })).data;
    expect(result).toMatchObject({ yes: 1, no: 1, paper: { yes: 1, no: 0, abstain: 0 }, passed: false, reason: 'notMet' });
    expect(result.words.en.result).toBe('Failed: 1 yes, 1 no, not more yes than no');
  });

  it('opens without the quorum only with a reason, recorded', async () => {
    const { meetingId, secretariat, chair } = room;
    await ok(secretariat, 'meeting.update', { meetingId, quorumRule: { kind: 'fixed', count: N + 1 } });
    const { motionId } = (await ok(chair, 'motion.create', { meetingId, title: 'Không đủ', rule: 'moreYesThanNo' })).data;
    expect(await send(chair, 'motion.open', { meetingId, motionId })).toMatchObject({ ok: false, code: 'conflict' });
    await ok(chair, 'motion.open', { meetingId, motionId, override: { reason: 'Đại biểu vắng có lý do' } });
    const snapshot = await ok(chair, 'meeting.open', { meetingId });
    const opened = snapshot.data.mode === 'snapshot' ? snapshot.data.snapshot.motions.find((m) => m.id === motionId) : null;
    expect(opened?.quorumOverride).toEqual({ reason: 'Đại biểu vắng có lý do', missing: 1, by: 'chair' });
    await ok(chair, 'motion.close', { meetingId, motionId });
    await ok(secretariat, 'meeting.update', { meetingId, quorumRule: { kind: 'majority' } });
  });

  it('writes every action to the audit log, a secret cast as only "voted"', () => {
    const file = join(t.dataDir, 'roundtable.db');
    const db = new Database(file, { readonly: true });
    const entries = db.prepare('SELECT command, body FROM audit_log WHERE meeting_id = ? ORDER BY seq').all(room.meetingId) as { command: string; body: string }[];
    db.close();
    const casts = entries.filter((e) => e.command === 'motion.cast');
    expect(casts.length).toBeGreaterThan(2 * N);
    expect(casts.filter((e) => e.body === '{"voted":true}').length).toBeGreaterThanOrEqual(N + 1);
    expect(casts.filter((e) => e.body.includes('"answer"')).length).toBe(N + 2); // the named motion's, and a vote changed
    expect(entries.some((e) => e.command === 'motion.paperCount' && e.body.includes('paperCounts'))).toBe(true);
    expect(entries.some((e) => e.command === 'motion.open' && e.body.includes('motion/'))).toBe(true);
    expect(verifyAuditFile(file)).toMatchObject({ ok: true });
  });
});
