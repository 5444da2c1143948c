import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { seatLabels, type HallLayout } from '../../../shared/domain/hall.ts';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { byVietnameseName } from '../delegates/search.ts';
import { editSeat } from './layoutEdits.ts';
import styles from './seatMap.module.css';

/** One seat of the layout, edited: renamed, removed (an aisle), or a delegate without a seat on the map seated there. */
export function SeatEditDialog({
  snapshot,
  layout,
  label,
  onClose,
  onSaved,
}: {
  snapshot: MeetingSnapshot;
  layout: HallLayout;
  label: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('seat-map');
  const setHall = useCommand('hall.set');
  const seatDelegate = useCommand('delegate.update');
  const [name, setName] = useState(label);
  const [who, setWho] = useState('');
  const holder = snapshot.delegates.find((d) => d.seat === label.trim());
  const onMap = useMemo(() => new Set(seatLabels(layout).map((l) => l.trim())), [layout]);
  const seatless = useMemo(() => snapshot.delegates.filter((d) => d.seat === '' || !onMap.has(d.seat)).sort(byVietnameseName), [snapshot.delegates, onMap]);

  const save = async (to: string | null) => {
    if (await setHall.run({ layout: editSeat(layout, label, to) })) onSaved();
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && name.trim() !== label.trim()) void save(name.trim());
  };
  const assign = async (event: FormEvent) => {
    event.preventDefault();
    if (who && (await seatDelegate.run({ meetingId: snapshot.meeting.id, delegateId: who, seat: label.trim() }))) onSaved();
  };

  return (
    <Dialog labelledBy="seat-edit-title" onClose={onClose} className={styles.dialog} testId="seat-edit-dialog">
      <h2 id="seat-edit-title">
        {t('seat.title', { seat: label })}
        {holder ? <span className={styles.dialogName}> · {holder.fullName}</span> : null}
      </h2>
      <form onSubmit={rename} className={styles.editorForm}>
        <label className={styles.field}>
          <span>{t('editor.rename')}</span>
          <input className="input" value={name} maxLength={20} onChange={(e) => setName(e.target.value)} data-testid="seat-edit-label" />
        </label>
        <button type="submit" className="btn btn-primary" disabled={setHall.pending} data-testid="seat-edit-save">
          {t('editor.save')}
        </button>
      </form>
      {!holder && seatless.length > 0 ? (
        <form onSubmit={(event) => void assign(event)} className={styles.editorForm}>
          <label className={styles.field}>
            <span>{t('editor.assign')}</span>
            <select className="input" value={who} onChange={(e) => setWho(e.target.value)} data-testid="seat-edit-delegate">
              <option value="">{t('editor.assignNone')}</option>
              {seatless.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.fullName}
                  {d.seat ? ` (${d.seat}, ${t('seat.offMap')})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn" disabled={!who || seatDelegate.pending} data-testid="seat-edit-assign">
            {t('editor.assignGo')}
          </button>
        </form>
      ) : null}
      <ErrorMessage error={setHall.error ?? seatDelegate.error} testId="seat-edit-error" />
      <div className={styles.dialogActions}>
        <button type="button" className="btn btn-danger" disabled={setHall.pending} onClick={() => void save(null)} data-testid="seat-edit-gap">
          {t('editor.makeGap')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          {t('editor.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
