import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useHubClient } from '../../client/react.tsx';
import type { UploadedDocument } from '../../client/uploads.ts';
import { DocumentRow } from './DocumentRow.tsx';
import { FileButton } from './FileButton.tsx';
import { useFileDrop } from './fileDrop.ts';
import { UploadList } from './UploadList.tsx';
import { firstTitle, useUploadQueue } from './uploadQueue.ts';
import styles from './secretariat.module.css';

/** Uploads for one agenda item (or the meeting's general documents), and the drop handlers of the element that takes the files. */
export function useDocumentDrop(meetingId: string, itemId: string | null) {
  const { t } = useTranslation('secretariat');
  const client = useHubClient();
  const attach = useCallback(
    (stored: UploadedDocument, file: File) =>
      client.send('document.add', { meetingId, itemId, title: firstTitle(stored, file), sha256: stored.sha256, access: { kind: 'all' } }),
    [client, meetingId, itemId],
  );
  const queue = useUploadQueue(attach, t('documents.notPdf'));
  const { over, handlers } = useFileDrop(queue.add);
  return { ...queue, over, handlers };
}

export type DocumentDrop = ReturnType<typeof useDocumentDrop>;

/**
 * The documents of one agenda item (or of the meeting, itemId null): PDFs dropped here or chosen are uploaded
 * one by one and attached for everyone; each document's access, version and removal are set on its row.
 */
export function ItemDocuments({
  meetingId,
  itemId,
  number,
  documents,
  groups,
  published,
  showable,
  drop,
}: {
  meetingId: string;
  itemId: string | null;
  number: string | null;
  documents: MeetingDocument[];
  groups: readonly string[];
  published: boolean;
  /** Published and not closed: a document's pages may be shown to the room. */
  showable: boolean;
  /** The uploads, whose drop handlers sit on the element around (the whole agenda row). */
  drop: DocumentDrop;
}) {
  const { t } = useTranslation('secretariat');
  const { uploads, add, dismiss, over } = drop;
  const where = number ? t('documents.dropOnItem', { number }) : t('documents.dropGeneral');

  return (
    <div className={styles.itemDocuments} data-item-id={itemId ?? ''}>
      {documents.length > 0 ? (
        <ul className={styles.documentList} data-testid="documents">
          {documents.map((document) => (
            <DocumentRow key={document.id} meetingId={meetingId} document={document} groups={groups} published={published} showable={showable} />
          ))}
        </ul>
      ) : null}
      <UploadList uploads={uploads} onDismiss={dismiss} />
      <div className={styles.dropZone}>
        <span aria-hidden="true" className={styles.dropIcon}>⇪</span>
        <span>{over ? t('documents.dropNow') : where}</span>
        <FileButton accept="application/pdf,.pdf" multiple onFiles={add} testId="upload-document" inputTestId="upload-file">
          {t('documents.choose')}
        </FileButton>
      </div>
    </div>
  );
}
