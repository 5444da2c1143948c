import { useTranslation } from 'react-i18next';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { ItemNotes } from '../annotations/ItemNotes.tsx';
import { DocumentList } from '../documents/DocumentList.tsx';
import { documentsOf } from '../documents/documentsOf.ts';
import type { PreloadView } from '../preload/preloader.ts';
import { useOpenAhead } from '../open-documents/useOpenAhead.ts';
import styles from './tablet.module.css';

/** One agenda item as a delegate reads it: title, description, planned time, its documents and her notes on it. */
export function ItemDetail({
  meetingId,
  node,
  isCurrent,
  documents,
  preload = null,
}: {
  meetingId: string;
  node: AgendaNode;
  isCurrent: boolean;
  documents: readonly MeetingDocument[];
  /** This tablet's copies: each document marked available offline once verified, and "updated" until opened. */
  preload?: PreloadView | null;
}) {
  const { t } = useTranslation(['tablet', 'agenda', 'documents']);
  const { item } = node;
  const own = documentsOf(documents, item.id);
  // The documents a delegate is about to tap are opened ahead, from the copies this tablet holds.
  useOpenAhead(own.filter((document) => marks(document).offline));
  function marks(document: MeetingDocument) {
    const held = preload?.documents.find((d) => d.documentId === document.id && d.sha256 === document.sha256);
    return { offline: held?.state === 'done', updated: held?.updated ?? false };
  }
  return (
    <article key={item.id} className={`${styles.item} ${isCurrent ? styles.itemCurrent : ''}`} data-testid="selected-item" data-item-id={item.id}>
      <header className={styles.itemHead}>
        <span className={styles.itemNumber}>{node.number}</span>
        <div>
          {isCurrent ? <span className={styles.currentTag}>{t('isCurrent')}</span> : null}
          <h1 className={styles.itemTitle} data-testid="selected-item-title">
            {item.title}
          </h1>
          {item.durationMinutes ? <p className={styles.itemMeta}>{t('agenda:duration', { count: item.durationMinutes })}</p> : null}
        </div>
      </header>
      {item.description ? <p className={styles.itemDescription}>{item.description}</p> : null}
      <section className={styles.itemDocuments}>
        <h2>
          {t('documents:title')}
          {own.length > 0 ? <span className={styles.count}>{t('documents:count', { count: own.length })}</span> : null}
        </h2>
        <DocumentList documents={own} empty={t('documents:none')} size="large" openAt={(document) => `/tablet/${meetingId}/documents/${document.id}`}
          marks={preload ? marks : undefined}
        />
      </section>
      <ItemNotes itemId={item.id} />
    </article>
  );
}
