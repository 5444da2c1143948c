import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawSeat } from './draw.ts';
import type { SeatState } from './seatStates.ts';
import styles from './seatMap.module.css';

type LegendKey = 'absent' | 'present' | 'votedTablet' | 'votedPaper' | 'online' | 'preloaded' | 'preloading' | 'asking' | 'empty';

const SEATED: SeatState = { delegateId: 'key', present: false, online: false, preload: 'none', voted: 'no', asking: false };
const KEYS: [LegendKey, SeatState][] = [
  ['absent', SEATED],
  ['present', { ...SEATED, present: true }],
  ['votedTablet', { ...SEATED, present: true, voted: 'tablet' }],
  ['votedPaper', { ...SEATED, present: true, voted: 'paper' }],
  ['online', { ...SEATED, online: true }],
  ['preloaded', { ...SEATED, preload: 'done' }],
  ['preloading', { ...SEATED, preload: 'partial' }],
  ['asking', { ...SEATED, present: true, asking: true }],
  ['empty', { ...SEATED, delegateId: null }],
];

/** The key to the map, each state drawn by the map's own drawing, in the screen's language (not rendered again per push). */
export const Legend = memo(function Legend() {
  const { t } = useTranslation('seat-map');
  return (
    <section className={styles.legend} aria-labelledby="seat-legend-title" data-testid="seat-legend">
      <h3 id="seat-legend-title">{t('legend.title')}</h3>
      <ul>
        {KEYS.map(([key, state]) => (
          <li key={key}>
            <Glyph state={state} />
            <span>{t(`legend.${key}` as const)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});

const SIDE = 26;

function Glyph({ state }: { state: SeatState }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = SIDE * ratio;
    c.height = SIDE * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawSeat(ctx, 0, 0, SIDE, state);
  }, [state]);
  return <canvas ref={ref} width={SIDE} height={SIDE} style={{ width: SIDE, height: SIDE }} aria-hidden="true" />;
}
