import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { shownToSomeOnly } from '../../../shared/domain/presentation.ts';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { RestrictedNote } from './RestrictedNote.tsx';
import styles from './followChair.module.css';

/**
 * What the room is shown now (the chair's or the secretariat's page), for a staff screen that sees every document:
 * the document, the page, whether only some tablets see it, a way to open it there and turn pages, and "stop".
 */
export function NowShowing({ snapshot, openAt }: { snapshot: MeetingSnapshot; openAt: (documentId: string, page: number) => string }) {
  const { t } = useTranslation('follow-chair');
  const show = useCommand('presentation.show');
  const { presentation } = snapshot;
  const { documentId, page } = presentation;
  const showing = documentId !== null && page !== null;
  const document = showing ? snapshot.documents.find((d) => d.id === documentId) : undefined;
  return (
    <section
      className={`card ${styles.now}`}
      aria-label={t('nowTitle')}
      data-testid="now-showing"
      data-showing={showing}
      data-document-id={documentId ?? ''}
      data-page={page ?? ''}
    >
      <div className={styles.nowText}>
        <span className={styles.nowLabel}>{t('nowTitle')}</span>
        {showing ? (
          <>
            <span className={styles.nowDocument} data-testid="now-showing-document">
              {document?.title ?? t('nowUnknown')}{' '}
              <span className={styles.nowPage}>· {document ? t('nowPage', { page, pages: document.pages }) : t('shownHere', { page })}</span>
            </span>
            {shownToSomeOnly(presentation) ? <RestrictedNote /> : null}
          </>
        ) : (
          <span className={styles.nowNothing}>{t('nowNothing')}</span>
        )}
      </div>
      {showing ? (
        <div className={styles.nowActions}>
          {document ? (
            <Link to={openAt(documentId, page)} className="btn" title={t('nowOpenTitle')} data-testid="now-showing-open">
              {t('nowOpen')}
            </Link>
          ) : null}
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void show.run({ meetingId: snapshot.meeting.id, documentId: null })}
            disabled={show.pending}
            title={t('stopTitle')}
            data-testid="now-showing-stop"
          >
            {t('stop')}
          </button>
        </div>
      ) : null}
      <ErrorMessage error={show.error} testId="now-showing-error" />
    </section>
  );
}
