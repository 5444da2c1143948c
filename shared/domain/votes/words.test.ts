import { describe, expect, it } from 'vitest';
import { ANSWER_WORD_PRESETS, type AnswerWords } from './answer-words.ts';
import { decideMotion, type BodyCounts } from './decide.ts';
import type { ResultLocale } from './locale.ts';
import { MAJORITY_RULE_IDS, type MajorityRuleId } from './rules.ts';
import type { Tally } from './tally.ts';
import { motionCountWords, motionResultWords } from './words.ts';

const t = (yes: number, no: number, abstain: number): Tally => ({ yes, no, abstain });
const body = (present: number, convened: number, quorumHeld = true): BodyCounts => ({ present, convened, quorumHeld });
const [TAN_THANH, DONG_Y] = ANSWER_WORD_PRESETS.vi as [AnswerWords, AnswerWords];
const [YES_NO, IN_FAVOUR] = ANSWER_WORD_PRESETS.en as [AnswerWords, AnswerWords];

describe('a motion result in words', () => {
  it.each<[ResultLocale, MajorityRuleId, Tally, BodyCounts, AnswerWords, string]>([
    ['vi', 'halfOfPresent', t(41, 12, 7), body(60, 65), TAN_THANH, 'Thông qua: 41/60 đại biểu có mặt tán thành, quá một nửa'],
    ['en', 'halfOfPresent', t(41, 12, 7), body(60, 65), YES_NO, 'Passed: 41 of 60 delegates present voted yes, more than half'],
    ['vi', 'halfOfPresent', t(30, 20, 10), body(60, 65), TAN_THANH, 'Không thông qua: 30/60 đại biểu có mặt tán thành, không quá một nửa (cần 31)'],
    ['en', 'halfOfPresent', t(30, 20, 10), body(60, 65), IN_FAVOUR, 'Failed: 30 of 60 delegates present voted in favour, not more than half (31 needed)'],
    ['vi', 'halfOfConvened', t(31, 0, 0), body(40, 60), DONG_Y, 'Thông qua: 31/60 đại biểu được triệu tập đồng ý, quá một nửa'],
    ['en', 'halfOfConvened', t(31, 0, 0), body(40, 60), YES_NO, 'Passed: 31 of 60 delegates convened voted yes, more than half'],
    ['vi', 'halfOfAllVotes', t(21, 20, 19), body(60, 60), TAN_THANH, 'Không thông qua: 21/60 phiếu biểu quyết là tán thành (tính cả 19 không biểu quyết), không quá một nửa (cần 31)'],
    ['en', 'halfOfAllVotes', t(31, 29, 0), body(60, 60), YES_NO, 'Passed: 31 of 60 votes cast were yes, more than half'],
    ['vi', 'moreYesThanNo', t(21, 20, 19), body(60, 60), TAN_THANH, 'Thông qua: 21 tán thành, 20 không tán thành (không tính 19 không biểu quyết), số tán thành nhiều hơn số không tán thành'],
    ['en', 'moreYesThanNo', t(20, 20, 0), body(40, 60), IN_FAVOUR, 'Failed: 20 in favour, 20 against, not more in favour than against'],
    ['vi', 'twoThirdsOfPresent', t(40, 20, 0), body(60, 60), TAN_THANH, 'Thông qua: 40/60 đại biểu có mặt tán thành, từ hai phần ba trở lên'],
    ['en', 'twoThirdsOfConvened', t(20, 0, 0), body(25, 31), YES_NO, 'Failed: 20 of 31 delegates convened voted yes, less than two thirds (21 needed)'],
    ['vi', 'twoThirdsOfYesNo', t(19, 10, 1), body(30, 30), TAN_THANH, 'Không thông qua: 19 tán thành, 10 không tán thành (không tính 1 không biểu quyết), tán thành chưa đạt hai phần ba (cần 20)'],
    ['en', 'twoThirdsOfYesNo', t(20, 10, 0), body(30, 30), YES_NO, 'Passed: 20 yes, 10 no, at least two thirds yes'],
    ['vi', 'moreYesThanNo', t(0, 0, 20), body(20, 20), DONG_Y, 'Không thông qua: không có phiếu đồng ý hay không đồng ý (20 phiếu trắng)'],
    ['en', 'moreYesThanNo', t(0, 0, 20), body(20, 20), YES_NO, 'Failed: no votes yes or no (20 abstain)'],
    ['vi', 'halfOfAllVotes', t(0, 0, 0), body(20, 20), TAN_THANH, 'Không thông qua: không có đại biểu nào biểu quyết'],
    ['en', 'halfOfAllVotes', t(0, 0, 0), body(20, 20), YES_NO, 'Failed: nobody voted'],
    ['vi', 'halfOfPresent', t(25, 3, 0), body(28, 60, false), TAN_THANH, 'Không thông qua: không còn đủ số đại biểu có mặt theo quy định khi kết thúc biểu quyết (28/60 có mặt)'],
    ['en', 'halfOfPresent', t(25, 3, 0), body(28, 60, false), YES_NO, 'Failed: the quorum no longer held when the vote closed (28 of 60 present)'],
    ['vi', 'halfOfConvened', t(1000, 200, 100), body(1400, 1500), TAN_THANH, 'Thông qua: 1.000/1.500 đại biểu được triệu tập tán thành, quá một nửa'],
    ['en', 'halfOfConvened', t(1000, 200, 100), body(1400, 1500), YES_NO, 'Passed: 1,000 of 1,500 delegates convened voted yes, more than half'],
  ])('%s %s %j', (locale, rule, tally, counts, words, expected) => {
    expect(motionResultWords(locale, decideMotion(rule, tally, counts), words)).toBe(expected);
  });

  it('says every rule and every reason in both languages, with nothing left unfilled', () => {
    const cases: [Tally, BodyCounts][] = [
      [t(40, 10, 10), body(60, 60)],
      [t(10, 40, 10), body(60, 60)],
      [t(0, 0, 10), body(60, 60)],
      [t(0, 0, 0), body(0, 0)],
      [t(10, 0, 0), body(10, 60, false)],
    ];
    for (const locale of ['vi', 'en'] as const) {
      for (const rule of MAJORITY_RULE_IDS) {
        for (const [tally, counts] of cases) {
          const sentence = motionResultWords(locale, decideMotion(rule, tally, counts), ANSWER_WORD_PRESETS[locale][0]!);
          expect(sentence).not.toMatch(/undefined|NaN|\[object|\$\{/);
          expect(sentence).toMatch(locale === 'vi' ? /^(Thông qua|Không thông qua): / : /^(Passed|Failed): /);
        }
      }
    }
  });

  it.each<[ResultLocale, AnswerWords, string]>([
    ['vi', TAN_THANH, 'Tán thành: 1.041; Không tán thành: 12; Không biểu quyết: 7'],
    ['en', IN_FAVOUR, 'In favour: 1,041; Against: 12; Abstain: 7'],
  ])('states the counts under the body\'s words (%s)', (locale, words, expected) => {
    expect(motionCountWords(locale, t(1041, 12, 7), words)).toBe(expected);
  });
});
