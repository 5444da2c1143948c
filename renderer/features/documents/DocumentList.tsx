import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import styles from './documents.module.css';

/**
 * Title, pages and size of each document. `openAt` makes each row a link to the viewer (tablet, console);
 * `actions` adds per-document controls (the secretariat's).
 */
export function DocumentList({
  documents,
  empty,
  size = 'normal',
  showAccess = false,
  openAt,
  actions,
  marks,
}: {
  documents: readonly MeetingDocument[];
  empty: string;
  size?: 'normal' | 'large';
  showAccess?: boolean;
  openAt?: (document: MeetingDocument) => string;
  actions?: (document: MeetingDocument) => ReactNode;
  /** A tablet's marks: the document is kept on this device (readable offline); a new version not yet opened. */
  marks?: (document: MeetingDocument) => { offline: boolean; updated: boolean };
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  if (documents.length === 0) {
    return (
      <p className={styles.empty} data-testid="documents-empty">
        {empty}
      </p>
    );
  }
  return (
    <ul className={`${styles.list} ${styles[size]}`} data-testid="documents">
      {documents.map((document) => {
        const mark = marks?.(document);
        const row = (
          <>
            <PdfIcon />
            <div className={styles.body}>
              <div className={styles.title}>
                {document.title}
                {mark?.updated ? (
                  <span className={styles.updated} data-testid="document-updated" title={t('updatedTitle', { version: document.version })}>
                    {t('updated')}
                  </span>
                ) : null}
              </div>
              <div className={styles.meta}>
                <span>{t('pages', { count: document.pages })}</span>
                <span aria-hidden="true">·</span>
                <span>{format.bytes(document.bytes)}</span>
                {showAccess && document.access.kind !== 'all' ? (
                  <span className={styles.access}>
                    {document.access.kind === 'staff' ? t('access.staff') : t('access.groups', { groups: document.access.groups.join(', ') })}
                  </span>
                ) : null}
                {mark?.offline ? (
                  <span className={styles.offline} data-testid="document-offline" title={t('offlineTitle')}>
                    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
                      <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
                    </svg>
                    {t('offline')}
                  </span>
                ) : null}
              </div>
            </div>
          </>
        );
        return (
          <li
            key={document.id}
            className={openAt ? styles.openable : styles.document}
            data-testid="document-item"
            data-document-id={document.id}
            data-offline={mark ? String(mark.offline) : undefined}
            data-updated={mark ? String(mark.updated) : undefined}
          >
            {openAt ? (
              <Link to={openAt(document)} className={styles.document} title={t('openTitle', { title: document.title })} data-testid="document-open">
                {row}
                <span className={styles.open} aria-hidden="true">
                  {t('open')}
                  <svg width="16" height="16" viewBox="0 0 24 24">
                    <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                </span>
              </Link>
            ) : (
              row
            )}
            {actions ? <div className={styles.actions}>{actions(document)}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}

function PdfIcon() {
  return (
    <svg className={styles.icon} width="30" height="36" viewBox="0 0 30 36" aria-hidden="true">
      <path d="M2 2h17l9 9v23H2z" fill="#fff" stroke="#b7c2d3" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M19 2v9h9" fill="#eef1f6" stroke="#b7c2d3" strokeWidth="1.5" strokeLinejoin="round" />
      <rect x="5" y="19" width="20" height="9" rx="2" fill="#b42318" />
      <text x="15" y="26" textAnchor="middle" fontSize="7" fontWeight="700" fill="#fff" fontFamily="Noto Sans, sans-serif">
        PDF
      </text>
    </svg>
  );
}
