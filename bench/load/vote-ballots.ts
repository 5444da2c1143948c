// What each simulated delegate votes in the `vote` scenario, from her index alone: the tablet worker casts it and the
// coordinator works out the result the hub must reach, with the same pure rules. Nothing here loads the hub.

/** The motion: 65% yes, 25% no, 10% abstain, spread over the hall. */
export function answerOf(index: number): 'yes' | 'no' | 'abstain' {
  const r = index % 20;
  return r < 13 ? 'yes' : r < 18 ? 'no' : 'abstain';
}

/** The election: 30 candidates for 25 seats (the Party's surplus of at most 30%), decided on the delegates convened. */
export const ELECTION = { candidates: 30, seats: 25 } as const;

/**
 * A delegate's ballot: candidate k is kept by about (95 − 1.5·k)% of the hall, so the support falls by ~22 votes of
 * 1,500 a rank (a tie at the cut-off is unlikely, though the rules would report it); a ballot keeping more than the
 * seats keeps the first ones; one delegate in 50 strikes every name (a blank ballot).
 */
export function ballotOf(index: number, candidateIds: readonly string[], seats: number): Record<string, 'keep' | 'strike'> {
  const blank = index % 50 === 49;
  let kept = 0;
  return Object.fromEntries(
    candidateIds.map((id, k) => {
      const keep = !blank && kept < seats && (index * 31 + k * 17) % 200 < 190 - 3 * k;
      if (keep) kept++;
      return [id, keep ? 'keep' : 'strike'];
    }),
  );
}
