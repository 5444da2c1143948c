import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useDismissed } from './dismissed.ts';
import styles from './speakers.module.css';

/**
 * The announcements up now, over the screen's top: on a tablet each until dismissed there; on the projector those the
 * chair chose for it, until taken down.
 */
export function AnnouncementBanner({ meetingId, announcements, screen }: { meetingId: string; announcements: readonly Announcement[]; screen: 'tablet' | 'projector' }) {
  const { t } = useTranslation('speakers');
  const format = useFormat();
  const { dismissed, dismiss } = useDismissed(meetingId);
  const shown = announcements.filter((a) => (screen === 'projector' ? a.onProjector : !dismissed.has(a.id)));
  if (shown.length === 0) return null;
  return (
    <div className={screen === 'projector' ? styles.bannersProjector : styles.banners} role="alert" aria-live="assertive">
      {shown.map((a) => (
        <div key={a.id} className={styles.banner} data-testid="announcement" data-announcement-id={a.id}>
          <div className={styles.bannerText}>
            <span className={styles.bannerHead}>
              {t('announce.heading')} · {a.postedBy === 'chair' ? t('announce.fromChair') : t('announce.fromSecretariat')} · {format.time(new Date(a.postedAt))}
            </span>
            <p>{a.text}</p>
          </div>
          {screen === 'tablet' ? (
            <button type="button" className="btn btn-small" onClick={() => dismiss(a.id)} data-testid="dismiss-announcement">
              {t('announce.dismiss')}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
