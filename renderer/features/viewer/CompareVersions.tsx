import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import type { VersionCompare } from '../annotations/useVersionCompare.tsx';
import { EarlierVersion } from './EarlierVersion.tsx';
import styles from './compare.module.css';

/**
 * The reader (`children`), alone or with the earlier version beside it: side by side on a landscape screen, one above
 * the other on a portrait one, each under a header naming its version. The reader keeps its place in the tree either
 * way, so opening and closing the earlier version neither reloads nor moves it.
 */
export function CompareVersions({ document, watermark, compare, children }: { document: MeetingDocument; watermark: string | null; compare: VersionCompare; children: ReactNode }) {
  const { t } = useTranslation('annotations');
  const earlier = compare.open ? compare.earlier : null;
  return (
    <div className={styles.split} data-comparing={earlier !== null} data-testid="compare-split" aria-label={earlier ? t('compare.panes') : undefined} role={earlier ? 'group' : undefined}>
      {earlier ? (
        <section className={`${styles.pane} ${styles.earlier}`} data-testid="compare-earlier" data-sha256={earlier.sha256}>
          <header className={styles.header}>
            <h2 className={styles.name}>
              {t('compare.earlier', { version: earlier.version })}
              <span className={styles.readOnly}>{t('compare.readOnly')}</span>
            </h2>
            <button type="button" className="btn btn-small" onClick={compare.close} title={t('compare.closeTitle')} data-testid="compare-close">
              {t('compare.close')}
            </button>
          </header>
          <EarlierVersion key={earlier.sha256} version={earlier} watermark={watermark} overlay={compare.overlay} initialPage={compare.openedAt} request={compare.request} />
        </section>
      ) : null}
      <section className={styles.pane} data-testid="compare-current">
        {earlier ? (
          <header className={`${styles.header} ${styles.currentHeader}`}>
            <h2 className={styles.name}>{t('compare.current', { version: document.version })}</h2>
          </header>
        ) : null}
        {children}
      </section>
    </div>
  );
}
