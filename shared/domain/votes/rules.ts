/**
 * The majority rules a motion may be decided by, as data: each is a base (what the Yes votes are measured against)
 * and a fraction of it. Sources in docs/voting.md.
 */

/**
 * What the Yes votes are measured against:
 * - `yesNo`: votes cast Yes or No; abstentions and blanks are not votes cast (Robert's Rules);
 * - `allVotes`: every vote cast, abstentions included, so an abstention acts as a No;
 * - `present`: the delegates present;
 * - `convened`: every delegate convened (the Party's "tổng số đại biểu được triệu tập", after the lawful deductions).
 */
export const MAJORITY_BASES = ['yesNo', 'allVotes', 'present', 'convened'] as const;
export type MajorityBase = (typeof MAJORITY_BASES)[number];

/** `half`: more than half (2·yes > base); `twoThirds`: at least two thirds (3·yes ≥ 2·base). */
export const MAJORITY_FRACTIONS = ['half', 'twoThirds'] as const;
export type MajorityFraction = (typeof MAJORITY_FRACTIONS)[number];

export interface MajorityRule {
  readonly base: MajorityBase;
  readonly fraction: MajorityFraction;
}

/** Every rule a motion may choose, in the order a list offers them. */
export const MAJORITY_RULE = {
  /** More Yes than No among votes cast (Robert's "majority vote"). */
  moreYesThanNo: { base: 'yesNo', fraction: 'half' },
  /** More than half of all votes cast, abstentions included. */
  halfOfAllVotes: { base: 'allVotes', fraction: 'half' },
  /** More than half of the delegates present. */
  halfOfPresent: { base: 'present', fraction: 'half' },
  /** More than half of the delegates convened (Điều lệ Đảng, Điều 12.3). */
  halfOfConvened: { base: 'convened', fraction: 'half' },
  /** At least two thirds of the votes cast Yes or No (Robert's "two-thirds vote"). */
  twoThirdsOfYesNo: { base: 'yesNo', fraction: 'twoThirds' },
  /** At least two thirds of the delegates present. */
  twoThirdsOfPresent: { base: 'present', fraction: 'twoThirds' },
  /** At least two thirds of all delegates convened (as the Constitution is amended: of all deputies). */
  twoThirdsOfConvened: { base: 'convened', fraction: 'twoThirds' },
} as const satisfies Record<string, MajorityRule>;

export type MajorityRuleId = keyof typeof MAJORITY_RULE;
export const MAJORITY_RULE_IDS = Object.keys(MAJORITY_RULE) as MajorityRuleId[];

export function isMajorityRuleId(value: unknown): value is MajorityRuleId {
  return typeof value === 'string' && Object.hasOwn(MAJORITY_RULE, value);
}
