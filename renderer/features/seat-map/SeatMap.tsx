import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { placeLayout, type HallLayout } from '../../../shared/domain/hall.ts';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { searchDelegates } from '../delegates/search.ts';
import { usePreloadRows } from '../preload-status/useDevicePreload.ts';
import { Legend } from './Legend.tsx';
import { SeatCanvas } from './SeatCanvas.tsx';
import { SeatDialog } from './SeatDialog.tsx';
import { askingToSpeak, countSeats, seatStatesSince } from './seatStates.ts';
import { useOpenVoters } from './useOpenVoters.ts';
import styles from './seatMap.module.css';

/**
 * The hall and each seat's state at a glance (the chair's console, the secretariat's tab): checked in, tablet online,
 * documents loaded, voted on the open ballot, asking to speak; the counts above, the key beside. A seat opens on a
 * tap (`onSeat` instead, when the secretariat is editing the layout).
 */
export function SeatMap({
  snapshot,
  layout,
  desk,
  onSeat,
}: {
  snapshot: MeetingSnapshot;
  layout: HallLayout;
  desk: boolean;
  onSeat?: (label: string) => void;
}) {
  const { t } = useTranslation('seat-map');
  const format = useFormat();
  const { rows: devices } = usePreloadRows(snapshot.meeting.id);
  const voters = useOpenVoters(snapshot);
  const asking = useMemo(() => askingToSpeak(snapshot.speeches), [snapshot.speeches]);
  const placed = useMemo(() => placeLayout(layout), [layout]);
  const labels = useMemo(() => placed.seats.map((s) => s.label), [placed]);
  // Each time given the last states: a push that moves no seat gives the same array, so nothing after it runs again.
  const nextStates = useMemo(() => seatStatesSince(), []);
  const states = useMemo(
    () => nextStates(labels, { delegates: snapshot.delegates, attendance: snapshot.attendance, devices: devices?.values() ?? null, voters, asking }),
    [nextStates, labels, snapshot.delegates, snapshot.attendance, devices, voters, asking],
  );
  const counts = useMemo(() => countSeats(states), [states]);
  const byId = useMemo(() => new Map(snapshot.delegates.map((d) => [d.id, d])), [snapshot.delegates]);
  const onMap = useMemo(() => new Set(labels.map((l) => l.trim())), [labels]);
  const offMap = useMemo(() => snapshot.delegates.filter((d) => d.seat !== '' && !onMap.has(d.seat)).length, [snapshot.delegates, onMap]);
  const [opened, setOpened] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);

  const nameOf = (i: number) => {
    const s = states[i];
    const d = s?.delegateId ? byId.get(s.delegateId) : undefined;
    return d ? `${labels[i]} · ${d.fullName}` : (labels[i] ?? '');
  };
  const open = (i: number) => (onSeat ? onSeat(labels[i]!) : setOpened(i));

  const find = (event: FormEvent) => {
    event.preventDefault();
    const wanted = query.trim();
    if (!wanted) return;
    const exact = labels.findIndex((l) => l.trim().toLocaleLowerCase('vi') === wanted.toLocaleLowerCase('vi'));
    const match = exact >= 0 ? exact : labels.findIndex((l) => l.trim() === searchDelegates(snapshot.delegates, wanted)[0]?.seat);
    setNotFound(match >= 0 ? null : wanted);
    if (match >= 0) open(match);
  };

  const seat = opened === null ? null : { label: labels[opened]!, state: states[opened]! };
  return (
    <div className={styles.map} data-testid="seat-map" data-present={counts.present} data-voted={counts.voted} data-online={counts.online}>
      <div className={styles.toolbar}>
        <ul className={styles.counts} aria-live="off">
          <li data-testid="seat-count-present">{t('counts.present', { present: format.number(counts.present), seated: format.number(counts.seated) })}</li>
          <li>{t('counts.online', { online: format.number(counts.online) })}</li>
          <li>{t('counts.preloaded', { preloaded: format.number(counts.preloaded) })}</li>
          <li data-testid="seat-count-voted">
            {voters === null ? t('counts.noVote') : t('counts.voted', { voted: format.number(counts.voted), present: format.number(counts.present) })}
          </li>
          {counts.asking > 0 ? <li>{t('counts.asking', { asking: format.number(counts.asking) })}</li> : null}
          {offMap > 0 ? <li className={styles.warn}>{t('counts.offMap', { count: offMap })}</li> : null}
        </ul>
        <form className={styles.find} onSubmit={find} role="search">
          <input
            className="input"
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setNotFound(null);
            }}
            placeholder={t('find.label')}
            aria-label={t('find.label')}
            autoComplete="off"
            spellCheck={false}
            data-testid="seat-find"
          />
          <button type="submit" className="btn btn-small">
            {t('find.go')}
          </button>
        </form>
      </div>
      {notFound ? (
        <p className={styles.warn} role="status">
          {t('find.none', { query: notFound })}
        </p>
      ) : null}
      <div className={styles.body}>
        <div className={styles.hall}>
          <div className={styles.front}>{t('front')}</div>
          <SeatCanvas
            placed={placed}
            states={states}
            label={t('canvas', { seats: format.number(placed.seats.length), present: format.number(counts.present) })}
            nameOf={nameOf}
            onOpen={open}
          />
        </div>
        <Legend />
      </div>
      {seat ? (
        <SeatDialog
          snapshot={snapshot}
          label={seat.label}
          delegate={seat.state.delegateId ? (byId.get(seat.state.delegateId) ?? null) : null}
          state={seat.state}
          desk={desk}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </div>
  );
}
