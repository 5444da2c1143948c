import { useTranslation } from 'react-i18next';
import type { AnswerWords, Election, ElectionResult, MotionResult } from '../../../shared/protocol/index.ts';
import { isLanguage } from '../../i18n/index.ts';
import type { Language } from '../../i18n/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { BarChart, type BarRow } from './BarChart.tsx';
import styles from './results.module.css';

/** The language the hub's frozen words are read in: the screen's. */
export function useResultLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

/** Yes, No and Abstain in the body's words, against the base the motion was decided on, its threshold marked. */
export function MotionChart({ result, words, tone }: { result: MotionResult; words: AnswerWords; tone: 'light' | 'dark' }) {
  const { t } = useTranslation('votes');
  const format = useFormat();
  const rows: BarRow[] = (['yes', 'no', 'abstain'] as const).map((answer) => ({
    key: answer,
    label: words[answer],
    value: result[answer],
    tone: answer,
    shown: format.number(result[answer]),
  }));
  const threshold = result.reason === 'noVotes' || result.reason === 'quorumLost' ? null : result.threshold;
  return (
    <BarChart
      rows={rows}
      max={result.base}
      threshold={threshold}
      thresholdLabel={t('chart.threshold', { needed: format.number(threshold ?? 0) })}
      title={t('chart.motion')}
      tone={tone}
      rowHeight={96}
      testId="motion-chart"
    />
  );
}

/** Each candidate's votes, most first, coloured by what became of her, the threshold marked. */
export function ElectionChart({ result, election, tone }: { result: ElectionResult; election: Election; tone: 'light' | 'dark' }) {
  const { t } = useTranslation('votes');
  const format = useFormat();
  const nameOf = (id: string) => election.candidates.find((c) => c.id === id)?.name ?? id;
  const rows: BarRow[] = result.candidates.map((c) => ({ key: c.id, label: nameOf(c.id), value: c.votes, tone: c.outcome, shown: format.number(c.votes) }));
  return (
    <BarChart
      rows={rows}
      max={result.base}
      threshold={result.base > 0 ? result.threshold : null}
      thresholdLabel={t('chart.threshold', { needed: format.number(result.threshold) })}
      title={t('chart.election')}
      tone={tone}
      rowHeight={rows.length > 12 ? 44 : 72}
      testId="election-chart"
    />
  );
}

/** The decision as the hub froze it, in the screen's language ("Thông qua: 41/60 đại biểu…", green or red), then the counts. */
export function MotionWords({ result, className, countsClassName }: { result: MotionResult; className?: string; countsClassName?: string }) {
  const said = result.words[useResultLanguage()];
  return (
    <>
      <p className={`${styles.decision} ${className ?? ''}`} data-testid="vote-decision" data-passed={result.passed} data-reason={result.reason}>
        {said.result}
      </p>
      <p className={countsClassName} data-testid="vote-counts">
        {said.counts}
      </p>
    </>
  );
}

/** Who is elected (or the tie and the seats left), then the ballots. */
export function ElectionWords({ result, className, countsClassName }: { result: ElectionResult; className?: string; countsClassName?: string }) {
  const said = result.words[useResultLanguage()];
  return (
    <>
      <p className={className} data-testid="vote-decision" data-elected={result.elected.length} data-tie={result.tie !== null}>
        {said.outcome}
      </p>
      <p className={countsClassName} data-testid="vote-counts">
        {said.ballots}
      </p>
    </>
  );
}
