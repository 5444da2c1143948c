import { useTranslation } from 'react-i18next';
import { clockText, overPlanSeconds, spentSeconds } from '../../../shared/domain/speakers.ts';
import type { AgendaItem, ItemTime as ItemTimeValue } from '../../../shared/protocol/index.ts';
import { useHubClock } from '../common/useHubClock.ts';
import styles from './speakers.module.css';

/**
 * Time spent on an item against the time planned ("12:34 / 30:00"), red once over; the running item ticks by the
 * hub's clock. Nothing for an item never discussed.
 */
export function ItemTime({ item, time, variant = 'row' }: { item: Pick<AgendaItem, 'id' | 'durationMinutes'>; time: ItemTimeValue | undefined; variant?: 'row' | 'panel' }) {
  const { t } = useTranslation('speakers');
  const nowMs = useHubClock().getTime();
  if (!time) return null;
  const spent = spentSeconds(time, nowMs);
  const planned = item.durationMinutes;
  const over = overPlanSeconds(spent, planned);
  // The plan is beside it already (the item's minutes): a row says the time spent, the panel names it.
  const text = variant === 'panel' ? t('time.spent', { spent: clockText(spent) }) : clockText(spent);
  return (
    <span
      className={`${variant === 'panel' ? styles.itemTimePanel : styles.itemTime} ${over > 0 ? styles.overPlan : ''} ${time.since ? styles.running : ''}`}
      data-testid="item-time"
      data-item-id={item.id}
      data-spent={spent}
      title={planned === null ? undefined : `${t('time.spentOf', { spent: clockText(spent), planned: clockText(planned * 60) })}${over > 0 ? ` · ${t('time.over', { over: clockText(over) })}` : ''}`}
    >
      {text}
      {over > 0 && variant === 'panel' ? <strong>{t('time.over', { over: clockText(over) })}</strong> : null}
    </span>
  );
}
