import type { ElectionBase, MajorityRule } from '../../protocol/model.ts';
import type { ResultLocale } from './locale.ts';

/** Each majority rule and election base in plain words, as the screens offer them and the minutes state them. */
export const RULE_WORDS: Readonly<Record<ResultLocale, { rules: Record<MajorityRule, string>; bases: Record<ElectionBase, string> }>> = {
  vi: {
    rules: {
      moreYesThanNo: 'Số tán thành nhiều hơn số không tán thành (không tính phiếu không biểu quyết)',
      halfOfAllVotes: 'Quá một nửa số phiếu biểu quyết (tính cả phiếu không biểu quyết)',
      halfOfPresent: 'Quá một nửa số đại biểu có mặt',
      halfOfConvened: 'Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)',
      twoThirdsOfYesNo: 'Từ hai phần ba số phiếu tán thành và không tán thành trở lên',
      twoThirdsOfPresent: 'Từ hai phần ba số đại biểu có mặt trở lên',
      twoThirdsOfConvened: 'Từ hai phần ba tổng số đại biểu được triệu tập trở lên',
    },
    bases: { convened: 'Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)', validBallots: 'Quá một nửa số phiếu hợp lệ' },
  },
  en: {
    rules: {
      moreYesThanNo: 'More yes than no votes (abstentions not counted)',
      halfOfAllVotes: 'More than half of the votes cast (abstentions counted)',
      halfOfPresent: 'More than half of the delegates present',
      halfOfConvened: 'More than half of all delegates convened (Party statute)',
      twoThirdsOfYesNo: 'At least two thirds of the yes and no votes',
      twoThirdsOfPresent: 'At least two thirds of the delegates present',
      twoThirdsOfConvened: 'At least two thirds of all delegates convened',
    },
    bases: { convened: 'More than half of all delegates convened (Party statute)', validBallots: 'More than half of the valid ballots' },
  },
};
