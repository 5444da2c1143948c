import { useTranslation } from 'react-i18next';
import { CopyableCode } from '../common/CopyableCode.tsx';
import styles from './meetingId.module.css';

const SCREENS = ['tablet', 'console', 'projector', 'checkin'] as const;

/**
 * The meeting's id where the secretariat prepares it, with a copy button: the other screens' addresses and the CLI
 * (`--meeting <id>`) need it, and a hub-made id is not something anyone remembers.
 */
export function MeetingIdLine({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('secretariat');
  const id = encodeURIComponent(meetingId);
  return (
    <p className={styles.line} data-testid="meeting-id-line">
      <span className={styles.label}>{t('details.id')}</span>
      <CopyableCode text={meetingId} label={t('details.id')} testId="meeting-id" />
      <span className={styles.where}>{t('meetingIdUse', { paths: SCREENS.map((screen) => `/${screen}/${id}`).join(', ') })}</span>
    </p>
  );
}
