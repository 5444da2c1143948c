// An election's rules: the round's setup, ballots kept or struck, the count, who is elected, ties, the next round,
// and the result in words (vi, en). Pure.
export * from './setup.ts';
export * from './ballot.ts';
export * from './count.ts';
export * from './decide.ts';
export * from './next-round.ts';
export * from './words.ts';
export * from './result.ts';
