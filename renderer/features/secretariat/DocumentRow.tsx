import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useCommand, useHubClient } from '../../client/react.tsx';
import { HubError, toHubError } from '../../client/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { AccessField } from './AccessField.tsx';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { FileButton } from './FileButton.tsx';
import { looksLikePdf } from './uploadQueue.ts';
import { readerPath } from './readerPath.ts';
import styles from './secretariat.module.css';
import { ProgressBar } from '../common/ProgressBar.tsx';

/** One document as the secretariat manages it: title, who may read it, its version, a new version, removal. */
export function DocumentRow({
  meetingId,
  document,
  groups,
  published,
  showable,
}: {
  meetingId: string;
  document: MeetingDocument;
  groups: readonly string[];
  published: boolean;
  /** Published and not closed: its pages may be shown to the room, from the reader this row opens. */
  showable: boolean;
}) {
  const { t } = useTranslation(['secretariat', 'documents', 'common']);
  const format = useFormat();
  const client = useHubClient();
  const update = useCommand('document.update');
  const remove = useCommand('document.remove');
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(document.title);
  const [replacing, setReplacing] = useState<{ loaded: number; total: number } | null>(null);
  const [replaceError, setReplaceError] = useState<HubError | null>(null);

  const replace = async (file: File) => {
    setReplaceError(null);
    if (!looksLikePdf(file)) {
      setReplaceError(new HubError('bad_document', t('documents.notPdf'), [], { reason: 'not_pdf' }));
      return;
    }
    setReplacing({ loaded: 0, total: file.size });
    try {
      const stored = await client.uploadDocument(file, { onProgress: ({ loaded }) => setReplacing({ loaded, total: file.size }) });
      await client.send('document.replace', { meetingId, documentId: document.id, sha256: stored.sha256 });
    } catch (error) {
      setReplaceError(toHubError(error));
    } finally {
      setReplacing(null);
    }
  };

  const saveTitle = async () => {
    if (title.trim() === document.title) return setEditing(false);
    if (await update.run({ meetingId, documentId: document.id, title })) setEditing(false);
  };

  return (
    <li className={styles.documentRow} data-testid="document-item" data-document-id={document.id} data-version={document.version} data-access={document.access.kind}>
      <div className={styles.documentMain}>
        <span className={styles.pdfBadge} aria-hidden="true">PDF</span>
        <div className={styles.documentText}>
          {editing ? (
            <form
              className={styles.inlineForm}
              onSubmit={(event) => {
                event.preventDefault();
                void saveTitle();
              }}
            >
              <input className="input" value={title} maxLength={300} required autoFocus onChange={(e) => setTitle(e.target.value)} aria-label={t('documents.docTitle')} data-testid="document-title-input" />
              <button type="submit" className="btn btn-small btn-primary" disabled={update.pending || !title.trim()} data-testid="document-title-save">
                {t('common:actions.save')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => (setTitle(document.title), setEditing(false))}>
                {t('common:actions.cancel')}
              </button>
            </form>
          ) : (
            <strong className={styles.documentTitle} data-testid="document-title">
              {document.title}
            </strong>
          )}
          <span className={styles.rowMeta}>
            <span>{t('documents:pages', { count: document.pages })}</span>
            <span>{format.bytes(document.bytes)}</span>
            {document.version > 1 ? (
              <span className={styles.versionTag} data-testid="document-version">
                {t('documents.version', { version: document.version })}
              </span>
            ) : null}
            {document.updatedAt ? (
              <span className={styles.updatedTag} data-testid="document-updated">
                {t('documents.updatedAt', { time: format.time(new Date(document.updatedAt)) })}
              </span>
            ) : null}
          </span>
        </div>
        <div className={styles.rowActions}>
          {showable && !editing ? (
            <Link
              to={readerPath(meetingId, document.id)}
              className="btn btn-small btn-primary"
              title={t('documents.openToShowTitle', { title: document.title })}
              data-testid="document-show"
            >
              {t('documents.openToShow')}
            </Link>
          ) : null}
          {!editing ? (
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing(true)} data-testid="document-rename">
              {t('documents.rename')}
            </button>
          ) : null}
          <FileButton
            accept="application/pdf,.pdf"
            disabled={replacing !== null}
            title={published ? t('documents.replaceHintPublished') : t('documents.replaceHint')}
            onFiles={(files) => void replace(files[0]!)}
            testId="document-replace"
            inputTestId="document-replace-file"
          >
            {t('documents.replace')}
          </FileButton>
          <ConfirmRemove
            question={t('documents.removeConfirm', { title: document.title })}
            onConfirm={() => void remove.run({ meetingId, documentId: document.id })}
            disabled={remove.pending}
            testId="remove-document"
          />
        </div>
      </div>
      <AccessField
        key={JSON.stringify(document.access)}
        access={document.access}
        groups={groups}
        disabled={update.pending}
        onChange={(access) => void update.run({ meetingId, documentId: document.id, access })}
      />
      {replacing ? (
        <div className={styles.replaceProgress} data-testid="document-replacing">
          <span className={styles.muted}>{t('documents.replacing', { done: format.bytes(replacing.loaded), total: format.bytes(replacing.total) })}</span>
          <ProgressBar max={replacing.total || 1} value={replacing.loaded} />
        </div>
      ) : null}
      <ErrorMessage error={update.error ?? remove.error ?? replaceError} testId="document-error" />
    </li>
  );
}
