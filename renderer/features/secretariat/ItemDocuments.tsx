import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { DocumentList } from '../documents/DocumentList.tsx';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { UploadForm } from './UploadForm.tsx';
import styles from './secretariat.module.css';

/** The documents of one agenda item (or of the meeting, itemId null), with upload and remove. */
export function ItemDocuments({
  meetingId,
  itemId,
  number,
  documents,
}: {
  meetingId: string;
  itemId: string | null;
  number: string | null;
  documents: MeetingDocument[];
}) {
  const { t } = useTranslation(['secretariat', 'documents']);
  const [uploading, setUploading] = useState(false);
  const remove = useCommand('document.remove');
  return (
    <div className={styles.itemDocuments}>
      {documents.length > 0 ? (
        <DocumentList
          documents={documents}
          empty=""
          showAccess
          actions={(document) => (
            <ConfirmRemove
              question={t('documents.removeConfirm', { title: document.title })}
              onConfirm={() => void remove.run({ meetingId, documentId: document.id })}
              testId="remove-document"
            />
          )}
        />
      ) : null}
      <ErrorMessage error={remove.error} testId="document-error" />
      {uploading ? (
        <UploadForm
          meetingId={meetingId}
          itemId={itemId}
          heading={number ? t('documents.uploadTo', { number }) : t('documents.upload')}
          onDone={() => setUploading(false)}
        />
      ) : (
        <button type="button" className={`btn btn-small ${styles.uploadButton}`} onClick={() => setUploading(true)} data-testid="upload-document">
          + {t('documents.upload')}
        </button>
      )}
    </div>
  );
}
