import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { SharedItemNotes } from '../annotations/ItemNotes.tsx';
import { useItemNotes } from '../annotations/useItemNotes.ts';
import { DocumentList } from '../documents/DocumentList.tsx';
import styles from './console.module.css';

/**
 * The current item's documents on the console; when delegates shared notes on the item with the chair, a switch to
 * read them in the same card (the console's side column has no room for one more).
 */
export function ItemDocumentsCard({ meetingId, current, documents }: { meetingId: string; current: AgendaNode | null; documents: readonly MeetingDocument[] }) {
  const { t } = useTranslation(['documents', 'annotations']);
  const shared = useItemNotes(current?.item.id ?? '').shared;
  const [notesOn, setNotesOn] = useState(false);
  const showNotes = notesOn && current !== null && shared.length > 0;
  return (
    <div className={`card ${styles.documents}`}>
      <div className={styles.documentsHead}>
        <h2>{current ? t('documents:ofItem', { number: current.number }) : t('documents:general')}</h2>
        {current && shared.length > 0 ? (
          <button type="button" className="btn btn-small" aria-pressed={showNotes} onClick={() => setNotesOn((on) => !on)} data-testid="console-shared-notes-toggle">
            {showNotes ? t('documents:title') : t('annotations:itemNotes.sharedCount', { count: shared.length })}
          </button>
        ) : null}
      </div>
      <div className={styles.scroll}>
        {showNotes ? (
          <SharedItemNotes itemId={current.item.id} />
        ) : (
          <DocumentList
            documents={documents}
            empty={current ? t('documents:none') : t('documents:noneGeneral')}
            showAccess
            openAt={(document) => `/console/${meetingId}/documents/${document.id}`}
          />
        )}
      </div>
    </div>
  );
}
