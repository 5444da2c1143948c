// A motion's rules: which majority, the count, the decision, and the decision in words (vi, en). Pure.
export * from './rules.ts';
export * from './fraction.ts';
export * from './tally.ts';
export * from './decide.ts';
export * from './quorum-to-open.ts';
export * from './locale.ts';
export * from './answer-words.ts';
export * from './words.ts';
export * from './result.ts';
export * from './rule-words.ts';
