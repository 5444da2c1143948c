import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useHubClient } from '../../client/react.tsx';
import { PackRefusal } from '../../client/errors.ts';
import type { ImportedPack, PackImportOptions } from '../../client/packs.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { errorWords } from '../common/errorWords.ts';
import { FileButton } from './FileButton.tsx';
import { useFileDrop } from './fileDrop.ts';
import styles from './secretariat.module.css';
import { ProgressBar } from '../common/ProgressBar.tsx';

/**
 * "Import pack": a `.rtpack` brought on a USB stick from another hub. The hub imports all of it or nothing;
 * a refusal lists each problem, and the two refusals a person may overrule (a meeting with the same id,
 * a signer this hub does not know) offer to try again with that permission.
 */
export function ImportPackForm() {
  const { t, i18n } = useTranslation('secretariat');
  const { t: common } = useTranslation();
  const client = useHubClient();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<HubError | null>(null);
  const [imported, setImported] = useState<ImportedPack | null>(null);

  const send = async (pack: File, options: PackImportOptions = {}) => {
    setFile(pack);
    setError(null);
    setImported(null);
    setProgress({ loaded: 0, total: pack.size });
    try {
      setImported(await client.importPack(pack, { ...options, onProgress: setProgress }));
      setFile(null);
    } catch (failure) {
      setError(toHubError(failure));
    } finally {
      setProgress(null);
    }
  };
  const { over, handlers } = useFileDrop((files) => void send(files[0]!));
  const refusal = error instanceof PackRefusal ? error : null;

  return (
    <section className={`card ${styles.packImport} ${over ? styles.dropOver : ''}`} {...handlers} aria-labelledby="pack-import-title" data-testid="import-pack">
      <h2 id="pack-import-title">{t('packs.importTitle')}</h2>
      <p className={styles.hint}>{t('packs.importIntro')}</p>
      <div className={styles.formActions}>
        <FileButton
          className="btn"
          accept=".rtpack,application/zip"
          disabled={progress !== null}
          onFiles={(files) => void send(files[0]!)}
          testId="import-pack-choose"
          inputTestId="import-pack-file"
        >
          {t('packs.choose')}
        </FileButton>
      </div>
      {progress ? (
        <div data-testid="import-pack-progress">
          <span className={styles.muted}>
            {progress.loaded < progress.total
              ? t('packs.sending', { done: format.bytes(progress.loaded), total: format.bytes(progress.total) })
              : t('packs.checking')}
          </span>
          <ProgressBar max={progress.total || 1} value={progress.loaded} />
        </div>
      ) : null}
      {error ? (
        <div data-testid="import-pack-refused" data-reason={refusal?.reason ?? error.code}>
          <ErrorMessage error={refusal ? null : error} testId="import-pack-error" />
          {refusal ? (
            <div className={styles.fileErrors} role="alert">
              <strong>{t('packs.refused', { name: file?.name ?? '' })}</strong>
              <p data-testid="import-pack-reason">{errorWords(refusal, common)}</p>
              {/* The hub's lines name each file of the pack, in English: read as they are on an English screen, a technician's detail on another. */}
              {i18n.language === 'en' ? (
                <PackProblems problems={refusal.problems} />
              ) : (
                <details>
                  <summary>{common('errors.technical')}</summary>
                  <PackProblems problems={refusal.problems} />
                </details>
              )}
            </div>
          ) : null}
          {file && refusal?.reason === 'conflict' ? (
            <button type="button" className="btn btn-danger btn-small" onClick={() => void send(file, { replace: true })} data-testid="import-pack-replace">
              {t('packs.replace')}
            </button>
          ) : null}
          {file && refusal?.reason === 'untrusted' ? (
            <button type="button" className="btn btn-small" onClick={() => void send(file, { trust: true })} data-testid="import-pack-trust">
              {t('packs.trust')}
            </button>
          ) : null}
        </div>
      ) : null}
      {imported ? (
        <p className={styles.success} role="status" data-testid="import-pack-done" data-meeting-id={imported.meetingId}>
          {t(imported.replaced ? 'packs.replacedDone' : 'packs.done', {
            title: imported.title,
            items: imported.agendaItems,
            documents: imported.documents,
            delegates: imported.delegates,
          })}{' '}
          <Link to={`/secretariat/${encodeURIComponent(imported.meetingId)}`}>{t('packs.open')}</Link>
        </p>
      ) : null}
    </section>
  );
}

function PackProblems({ problems }: { problems: string[] }) {
  return (
    <ul data-testid="import-pack-problems" lang="en">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
