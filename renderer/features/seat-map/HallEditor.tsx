import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gridLayout, seatLabels, type HallLayout } from '../../../shared/domain/hall.ts';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { SeatEditDialog } from './SeatEditDialog.tsx';
import { SeatMap } from './SeatMap.tsx';
import styles from './seatMap.module.css';

type Pending = { kind: 'seats'; seatsPerRow: number | undefined } | { kind: 'grid'; layout: HallLayout };

/**
 * The secretariat lays the hall out once: from the delegates' seats (`hall.fromSeats`) or as a grid of rows × seats
 * with aisles and blocks (`hall.set`); then edits seats one by one on the map (rename, remove, seat a delegate).
 * Replacing a layout asks first. Without editing, the map is the secretariat's view of the room.
 */
export function HallEditor({ snapshot, layout, updatedAt, onSaved }: { snapshot: MeetingSnapshot; layout: HallLayout | null; updatedAt: string | null; onSaved: () => void }) {
  const { t } = useTranslation('seat-map');
  const format = useFormat();
  const fromSeats = useCommand('hall.fromSeats');
  const setHall = useCommand('hall.set');
  const [perRow, setPerRow] = useState('');
  const [grid, setGrid] = useState({ blocks: '3', rows: '10', seats: '10', aisleEvery: '0' });
  const [asking, setAsking] = useState<Pending | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [editing, setEditing] = useState(false);
  const [editSeat, setEditSeat] = useState<string | null>(null);
  const seats = layout ? seatLabels(layout).length : 0;
  const whole = (value: string, min: number, max: number) => Math.max(min, Math.min(max, Math.floor(Number(value) || 0)));

  const run = async (pending: Pending) => {
    setAsking(null);
    if (pending.kind === 'seats') {
      const answer = await fromSeats.run({ meetingId: snapshot.meeting.id, seatsPerRow: pending.seatsPerRow });
      if (answer) {
        setUnreadable(answer.unreadable);
        onSaved();
      }
    } else if (await setHall.run({ layout: pending.layout })) {
      setUnreadable([]);
      onSaved();
    }
  };
  const ask = (pending: Pending) => (layout ? setAsking(pending) : void run(pending));

  const onSeats = (event: FormEvent) => {
    event.preventDefault();
    ask({ kind: 'seats', seatsPerRow: perRow.trim() === '' ? undefined : whole(perRow, 1, 120) });
  };
  const onGrid = (event: FormEvent) => {
    event.preventDefault();
    ask({
      kind: 'grid',
      layout: gridLayout({ blocks: whole(grid.blocks, 1, 12), rows: whole(grid.rows, 1, 100), seatsPerRow: whole(grid.seats, 1, 120), aisleEvery: whole(grid.aisleEvery, 0, 120) }),
    });
  };
  const field = (name: keyof typeof grid, max: number, min = 1) => (
    <label className={styles.field}>
      <span>{t(`editor.${name}`)}</span>
      <input className="input" type="number" min={min} max={max} value={grid[name]} onChange={(e) => setGrid({ ...grid, [name]: e.target.value })} data-testid={`hall-grid-${name}`} />
    </label>
  );

  return (
    <div className={styles.editorPage}>
      <section className={`card ${styles.editor}`} aria-labelledby="hall-editor-title" data-testid="hall-editor">
        <h2 id="hall-editor-title">{t('editor.title')}</h2>
        <p className={styles.muted}>{t('editor.intro')}</p>
        {layout && updatedAt ? (
          <p data-testid="hall-summary">{t('editor.summary', { seats: format.number(seats), blocks: layout.blocks.length, when: format.time(new Date(updatedAt)) })}</p>
        ) : null}
        <div className={styles.editorForms}>
          <form onSubmit={onSeats} className={styles.editorForm}>
            <label className={styles.field}>
              <span>{t('editor.perRow')}</span>
              <input className="input" type="number" min={1} max={120} value={perRow} placeholder={t('editor.perRowAuto')} onChange={(e) => setPerRow(e.target.value)} data-testid="hall-per-row" />
            </label>
            <button type="submit" className="btn btn-primary" disabled={fromSeats.pending} data-testid="hall-from-seats">
              {t('editor.fromSeats')}
            </button>
          </form>
          <form onSubmit={onGrid} className={styles.editorForm}>
            {field('blocks', 12)}
            {field('rows', 100)}
            {field('seats', 120)}
            {field('aisleEvery', 120, 0)}
            <button type="submit" className="btn" disabled={setHall.pending} data-testid="hall-draw-grid">
              {t('editor.draw')}
            </button>
          </form>
        </div>
        {asking ? (
          <div className={styles.confirm} role="alertdialog" aria-labelledby="hall-replace-question">
            <p id="hall-replace-question">{t('editor.replace', { seats: format.number(seats) })}</p>
            <button type="button" className="btn btn-primary" onClick={() => void run(asking)} data-testid="hall-replace-confirm">
              {t('editor.confirmReplace')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setAsking(null)}>
              {t('editor.cancel')}
            </button>
          </div>
        ) : null}
        {unreadable.length > 0 ? (
          <p className={styles.warn} role="status">
            {t('editor.unreadable', { count: unreadable.length, labels: unreadable.slice(0, 8).join(', ') + (unreadable.length > 8 ? '…' : '') })}
          </p>
        ) : null}
        <ErrorMessage error={fromSeats.error ?? setHall.error} testId="hall-error" />
        {layout ? (
          <div className={styles.editRow}>
            <button type="button" className="btn btn-small" aria-pressed={editing} onClick={() => setEditing(!editing)} data-testid="hall-edit-seats">
              {editing ? t('editor.done') : t('editor.edit')}
            </button>
            {editing ? <span className={styles.muted}>{t('editor.editing')}</span> : null}
          </div>
        ) : null}
      </section>
      {layout ? <SeatMap snapshot={snapshot} layout={layout} desk onSeat={editing ? setEditSeat : undefined} /> : null}
      {layout && editSeat !== null ? (
        <SeatEditDialog
          snapshot={snapshot}
          layout={layout}
          label={editSeat}
          onClose={() => setEditSeat(null)}
          onSaved={() => {
            setEditSeat(null);
            onSaved();
          }}
        />
      ) : null}
    </div>
  );
}
