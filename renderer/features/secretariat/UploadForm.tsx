import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentAccess } from '../../../shared/protocol/index.ts';
import { useHubClient } from '../../client/react.tsx';
import { HubError, toHubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './secretariat.module.css';

type AccessKind = DocumentAccess['kind'];
type Phase = 'idle' | 'uploading' | 'attaching';

/** A file's name without ".pdf", as a first guess at the document's title. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.pdf$/i, '').replace(/[_]+/g, ' ').trim();
}

/** Two steps: the PDF's bytes go to `POST /api/documents`, then `document.add` puts it on the agenda. */
export function UploadForm({
  meetingId,
  itemId,
  heading,
  onDone,
}: {
  meetingId: string;
  itemId: string | null;
  heading: string;
  onDone: () => void;
}) {
  const { t } = useTranslation(['secretariat', 'common']);
  const client = useHubClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [access, setAccess] = useState<AccessKind>('all');
  const [groups, setGroups] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<HubError | null>(null);

  const choose = (chosen: File | null) => {
    setError(null);
    setFile(chosen);
    if (chosen && !title.trim()) setTitle(titleFromFileName(chosen.name));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (file.type && file.type !== 'application/pdf') {
      setError(new HubError('bad_request', t('documents.notPdf')));
      return;
    }
    setError(null);
    try {
      setPhase('uploading');
      const stored = await client.uploadDocument(file);
      setPhase('attaching');
      const groupList = groups.split(',').map((g) => g.trim()).filter(Boolean);
      await client.send('document.add', {
        meetingId,
        itemId,
        title,
        sha256: stored.sha256,
        access: access === 'groups' ? { kind: 'groups', groups: groupList } : { kind: access },
      });
      onDone();
    } catch (failure) {
      setError(toHubError(failure));
    } finally {
      setPhase('idle');
    }
  };

  const busy = phase !== 'idle';
  return (
    <form className={styles.uploadForm} onSubmit={(e) => void submit(e)} data-testid="upload-form">
      <h4>{heading}</h4>
      <div className={styles.uploadGrid}>
        <label className="field">
          <span>{t('documents.file')}</span>
          <input
            className={`input ${styles.file}`}
            type="file"
            accept="application/pdf,.pdf"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
            required
            data-testid="upload-file"
          />
        </label>
        <label className="field">
          <span>{t('documents.docTitle')}</span>
          <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} data-testid="upload-title" />
        </label>
        <label className="field">
          <span>{t('documents.access')}</span>
          <select className="input" value={access} onChange={(e) => setAccess(e.target.value as AccessKind)} data-testid="upload-access">
            <option value="all">{t('documents.accessAll')}</option>
            <option value="staff">{t('documents.accessStaff')}</option>
            <option value="groups">{t('documents.accessGroups')}</option>
          </select>
        </label>
        {access === 'groups' ? (
          <label className="field">
            <span>{t('documents.groups')}</span>
            <input className="input" value={groups} onChange={(e) => setGroups(e.target.value)} required data-testid="upload-groups" />
          </label>
        ) : null}
      </div>
      <ErrorMessage error={error} testId="upload-error" />
      <div className={styles.formActions}>
        <button type="submit" className="btn btn-primary" disabled={busy || !file || !title.trim()} data-testid="upload-submit">
          {phase === 'uploading' ? t('documents.uploading') : phase === 'attaching' ? t('documents.attaching') : t('documents.submit')}
        </button>
        <button type="button" className="btn" onClick={onDone} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
