import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import type { LocalAnnotation } from './local.ts';
import styles from './annotations.module.css';

/**
 * After a new version: the reader's annotations the hub moved or did not find again, each with where it is now and
 * where it was.
 */
export function CarriedList({ document, rows, onGo }: { document: MeetingDocument; rows: readonly LocalAnnotation[]; onGo: (row: LocalAnnotation) => void }) {
  const { t } = useTranslation('annotations');
  const carried = rows.filter((r) => r.sha256 === document.sha256 && r.carried && r.carried.status !== 'kept');
  if (carried.length === 0 || document.previousVersions.length === 0) return null;
  return (
    // Folds away (its title stays) to give the pages the room, the earlier version open beside them most of all.
    <details open className={styles.carried} data-testid="annotation-carried">
      <summary>
        <strong>{t('carriedTitle', { version: document.version })}</strong>
      </summary>
      <ul>
        {carried.map((row) => (
          <li key={row.id} data-testid="annotation-carried-row" data-status={row.carried?.status}>
            <span className={styles.status}>{t(`carriedStatus.${row.carried!.status as 'moved' | 'orphan'}`)}</span>
            {t(`carriedKinds.${row.kind as 'ink' | 'highlight' | 'note'}`)}
            {row.kind === 'highlight' && row.carried?.fromBody.text ? ` «${row.body.text?.quote.shown ?? row.body.text?.quote.exact ?? ''}»` : ''}
            {row.kind === 'note' ? ` «${row.body.note ?? ''}»` : ''} · {t('carriedWhere', { page: (row.body.page ?? 0) + 1, from: (row.carried!.fromBody.page ?? 0) + 1 })}{' '}
            <button type="button" className="btn btn-small" onClick={() => onGo(row)} data-testid="annotation-carried-go">
              {t('carriedGo')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
