import { useTranslation } from 'react-i18next';
import { quorumRequired } from '../../../shared/domain/quorum.ts';
import type { QuorumRule } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import styles from './secretariat.module.css';

type Kind = QuorumRule['kind'];
const KINDS: readonly Kind[] = ['majority', 'twoThirds', 'fixed'];

/** The rule as the form edits it: the count stays a string while typed. */
export interface QuorumDraft {
  kind: Kind;
  count: string;
}

export const draftOf = (rule: QuorumRule): QuorumDraft => ({ kind: rule.kind, count: rule.kind === 'fixed' ? String(rule.count) : '' });

/** The rule to send, or null while a fixed count is not a whole number from 1 to 100,000. */
export function ruleOf(draft: QuorumDraft): QuorumRule | null {
  if (draft.kind !== 'fixed') return { kind: draft.kind };
  const count = Number(draft.count);
  return Number.isInteger(count) && count >= 1 && count <= 100_000 ? { kind: 'fixed', count } : null;
}

export const sameRule = (a: QuorumRule, b: QuorumRule): boolean =>
  a.kind === b.kind && (a.kind !== 'fixed' || (b.kind === 'fixed' && a.count === b.count));

/** How many members must be present for the meeting to decide: majority, two thirds, or a fixed number. */
export function QuorumRuleField({ draft, members, onChange }: { draft: QuorumDraft; members: number; onChange: (draft: QuorumDraft) => void }) {
  const { t } = useTranslation('secretariat');
  const format = useFormat();
  const rule = ruleOf(draft);
  return (
    <fieldset className={styles.quorum} data-testid="quorum-rule">
      <legend>{t('quorum.title')}</legend>
      <div className={styles.quorumChoices}>
        {KINDS.map((kind) => (
          <label key={kind} className={styles.quorumChoice}>
            <input
              type="radio"
              name="quorum-kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => onChange({ kind, count: kind === 'fixed' && !draft.count ? String(Math.max(1, Math.floor(members / 2) + 1)) : draft.count })}
              data-testid={`quorum-${kind}`}
            />
            <span>{t(`quorum.${kind}`)}</span>
            {kind === 'fixed' ? (
              <input
                className={`input ${styles.quorumCount}`}
                type="number"
                min={1}
                max={100000}
                step={1}
                value={draft.count}
                disabled={draft.kind !== 'fixed'}
                onChange={(e) => onChange({ kind: 'fixed', count: e.target.value })}
                aria-label={t('quorum.count')}
                data-testid="quorum-count"
              />
            ) : null}
          </label>
        ))}
      </div>
      <p className={styles.hint} data-testid="quorum-needs">
        {rule
          ? t('quorum.needs', { required: format.number(quorumRequired(rule, members)), members: format.number(members) })
          : t('quorum.badCount')}
      </p>
    </fieldset>
  );
}
