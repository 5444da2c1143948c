import type { ResultLocale } from './locale.ts';

/** The words a body uses for the three answers, set per meeting (the ballot shows them, the result repeats them). */
export interface AnswerWords {
  readonly yes: string;
  readonly no: string;
  readonly abstain: string;
}

/** The sets of words bodies commonly use, the first of each language being the default. */
export const ANSWER_WORD_PRESETS: Readonly<Record<ResultLocale, readonly AnswerWords[]>> = {
  vi: [
    { yes: 'Tán thành', no: 'Không tán thành', abstain: 'Không biểu quyết' },
    { yes: 'Đồng ý', no: 'Không đồng ý', abstain: 'Phiếu trắng' },
  ],
  en: [
    { yes: 'Yes', no: 'No', abstain: 'Abstain' },
    { yes: 'In favour', no: 'Against', abstain: 'Abstain' },
  ],
};
