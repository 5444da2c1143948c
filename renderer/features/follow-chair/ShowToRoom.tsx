import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { RestrictedNote } from './RestrictedNote.tsx';
import type { useShowToRoom } from './useShowToRoom.ts';
import styles from './followChair.module.css';

/**
 * The chair's (or the secretariat's) control in the viewer's bar: show this page to the room, or stop; the page shown
 * while it is on, marked when it is a restricted document's.
 */
export function ShowToRoom({ control }: { control: ReturnType<typeof useShowToRoom> }) {
  const { t } = useTranslation('follow-chair');
  const { shownPage, page, start, stop, pending, error, restricted, elsewhere } = control;
  const startButton = (
    <button type="button" className="btn btn-accent" onClick={start} disabled={pending || page === 0} title={t('showTitle')} data-testid="show-to-room-start">
      {t('show')}
    </button>
  );
  return (
    <div className={styles.show} data-testid="show-to-room" data-shown-page={shownPage ?? ''}>
      {shownPage !== null ? (
        <>
          <span className={styles.showing} role="status" data-testid="show-to-room-page">
            {t('showing', { page: shownPage })}
          </span>
          {restricted ? <RestrictedNote compact /> : null}
          {/* Opened at another page of the document shown: this page goes to the room only when asked. */}
          {elsewhere ? startButton : null}
          <button type="button" className={`btn ${styles.stop}`} onClick={stop} disabled={pending} title={t('stopTitle')} data-testid="show-to-room-stop">
            {t('stop')}
          </button>
        </>
      ) : (
        startButton
      )}
      <ErrorMessage error={error} testId="show-to-room-error" />
    </div>
  );
}
