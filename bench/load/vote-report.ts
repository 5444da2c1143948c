// The vote scenario's figures (vote.ts) as measurements: per vote, the last acknowledgement beside the bare writer,
// the counts (every cast once, every screen's count, the result as the rules give it), and the pushes a second.
import { percentile } from './common.ts';
import { compared, type Measurement, spread } from './measure.ts';
import { describeCounts, MAX_PUSHES_PER_SECOND } from './report-figures.ts';
import type { BareVoteFigures, CastBurst, VoteFigures, VoteRound } from './vote.ts';
import { ELECTION } from './vote-ballots.ts';

function roundMeasurements(n: number, what: string, r: VoteRound, bare: CastBurst | null): Measurement[] {
  const base = { scenario: 'vote' as const, tablets: n };
  const stall = r.health.latencies.at(-1);
  const lost = r.followingBefore - r.followingAfter;
  const refused = Object.keys(r.refused).length > 0 ? ` (${describeCounts(r.refused)})` : '';
  return [
    compared(
      {
        ...base,
        measure: `${what}: ${r.sent} tablets cast at once, each with its own castId: the last acknowledgement`,
        unit: 'ms',
        value: r.lastAckMs,
        ...spread(r.latencies),
        note: `p50/p99: one cast's round trip; bare: ${bare ? `${bare.acked.length} rows from the same tablets` : 'the same number of rows'} into the group-commit writer (one transaction per turn of the event loop, WAL, synchronous=FULL); /api/health's longest wait meanwhile ${stall === undefined ? '—' : Math.round(stall)} ms${r.health.unanswered ? `, ${r.health.unanswered} never answered` : ''}`,
      },
      bare?.lastAckMs,
      null,
    ),
    compared(
      {
        ...base,
        measure: `${what}: ballots the hub counted at the close`,
        unit: 'count',
        value: r.counted,
        target: `exactly ${n}, every tablet showing ${n} voted, then the result as the rules decide it`,
        note: `${r.acked.length} of ${r.sent} casts acknowledged${refused}; tablets whose screen counts ${n} voted: ${r.exact} of ${r.counting} (${r.followingBefore} following, ${r.behind} short of the last cast's revision, ${r.gaps} revision gaps, ${lost} dropped); the close ${Math.round(r.closeMs)} ms, then ${r.decided} tablets with the result (${r.outcome}); ${r.mismatches.length > 0 ? `differs from the pure rules: ${r.mismatches.join('; ')}` : 'the same as the pure rules decide for the acknowledged casts'}`,
      },
      null,
      (value) => value === n && r.acked.length === n && r.exact === n && r.behind === 0 && r.decided === n && lost === 0 && r.mismatches.length === 0,
    ),
    compared(
      {
        ...base,
        measure: `${what}: pushes a tablet received in its busiest second (the count merged)`,
        unit: 'pushes/s',
        value: r.maxPerSecond.at(-1) ?? NaN,
        ...spread(r.maxPerSecond),
        target: `a few a second at most (≤ ${MAX_PUSHES_PER_SECOND})`,
        note: `pushes per tablet from the open to the last cast: median ${percentile(r.pushes, 50)}, most ${r.pushes.at(-1)}`,
      },
      null,
      (value) => value <= MAX_PUSHES_PER_SECOND,
    ),
  ];
}

export function voteMeasurements(f: VoteFigures, bare: BareVoteFigures | null): Measurement[] {
  return [
    ...roundMeasurements(f.tablets, 'a named motion', f.motion, bare?.motion ?? null),
    ...roundMeasurements(f.tablets, `a secret election, ${f.seats} of ${ELECTION.candidates} candidates`, f.election, bare?.election ?? null),
  ];
}
