import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { Loading } from '../common/Loading.tsx';
import { HallEditor } from './HallEditor.tsx';
import { SeatMap } from './SeatMap.tsx';
import { useHall } from './useHall.ts';
import styles from './seatMap.module.css';

/**
 * The seat map as a screen embeds it: the chair's (reads the room) or the
 * secretariat's (lays the hall out, edits seats, records a seat's paper vote).
 */
export function SeatMapPanel({ snapshot, desk }: { snapshot: MeetingSnapshot; desk: boolean }) {
  const { t } = useTranslation('seat-map');
  const hall = useHall();
  if (hall.error) return <ErrorMessage error={hall.error} />;
  if (!hall.loaded) return <Loading label={t('loading')} />;
  if (desk) return <HallEditor snapshot={snapshot} layout={hall.layout} updatedAt={hall.updatedAt} onSaved={hall.reload} />;
  if (!hall.layout) return <p className={`card ${styles.noLayout}`} data-testid="seat-map-none">{t('noLayout')}</p>;
  return <SeatMap snapshot={snapshot} layout={hall.layout} desk={false} />;
}
