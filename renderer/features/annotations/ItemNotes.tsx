import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubState } from '../../client/react.tsx';
import type { LocalAnnotation } from './local.ts';
import { useItemNotes } from './useItemNotes.ts';
import styles from './itemNotes.module.css';

const VISIBILITIES = ['private', 'chair', 'everyone'] as const;
type Visibility = (typeof VISIBILITIES)[number];

/**
 * The delegate's own notes on an agenda item, under its documents: written, changed and deleted here, kept on the
 * tablet first (a note written with the hub away is sent when it comes back, and says so until then); private unless
 * she shares it. Notes others shared on the item follow, read only.
 */
export function ItemNotes({ itemId }: { itemId: string }) {
  const { t } = useTranslation('annotations');
  const notes = useItemNotes(itemId);
  const [editing, setEditing] = useState<LocalAnnotation | null>(null);
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('private');
  const field = useId();
  if (!notes.canWrite) return null;

  const reset = () => {
    setEditing(null);
    setText('');
    setVisibility('private');
  };
  const edit = (row: LocalAnnotation) => {
    setEditing(row);
    setText(row.body.note ?? '');
    setVisibility(row.visibility);
  };
  const words = text.trim().slice(0, 4000);

  return (
    <section className={styles.notes} data-testid="item-notes" aria-labelledby={`${field}-title`}>
      <h2 id={`${field}-title`}>
        {t('itemNotes.title')}
        {notes.mine.length > 0 ? <span className={styles.count}>{t('itemNotes.count', { count: notes.mine.length })}</span> : null}
      </h2>
      {notes.mine.length > 0 ? (
        <ul className={styles.list}>
          {notes.mine.map((row) => (
            <li key={row.id} className={styles.note} data-testid="item-note" data-visibility={row.visibility} data-pending={row.pending ? 'true' : 'false'}>
              <p className={styles.words}>{row.body.note}</p>
              <div className={styles.meta}>
                <span className={styles.tag}>{t(`itemNotes.visibilities.${row.visibility}`)}</span>
                {row.pending ? (
                  <span className={styles.unsent} title={t('itemNotes.unsentTitle')}>
                    {t('itemNotes.unsent')}
                  </span>
                ) : null}
                <button type="button" className="btn btn-small" onClick={() => edit(row)} data-testid="item-note-edit">
                  {t('itemNotes.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    if (editing?.id === row.id) reset();
                    notes.remove(row);
                  }}
                  data-testid="item-note-remove"
                >
                  {t('noteRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!words) return;
          if (editing) notes.change(editing, words, visibility);
          else notes.add(words, visibility);
          reset();
        }}
      >
        <label htmlFor={field} className={styles.label}>
          {editing ? t('itemNotes.editing') : t('itemNotes.new')}
        </label>
        <textarea
          id={field}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('itemNotes.placeholder')}
          maxLength={4000}
          rows={3}
          data-testid="item-note-text"
        />
        <div className={styles.actions}>
          <label className={styles.visibility}>
            {t('visibility')}{' '}
            <select value={visibility} onChange={(event) => setVisibility(event.target.value as Visibility)} data-testid="item-note-visibility">
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t(`itemNotes.visibilities.${v}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary" disabled={!words} data-testid="item-note-save">
            {editing ? t('itemNotes.saveChange') : t('noteSave')}
          </button>
          {editing ? (
            <button type="button" className="btn" onClick={reset} data-testid="item-note-cancel">
              {t('noteCancel')}
            </button>
          ) : null}
        </div>
      </form>
      <SharedList rows={notes.shared} title={t('itemNotes.shared')} />
    </section>
  );
}

/** Notes delegates shared on the item, read only, each with its author. */
function SharedList({ rows, title }: { rows: readonly LocalAnnotation[]; title: string }) {
  const { t } = useTranslation('annotations');
  const names = useHubState((s) => s.meeting?.snapshot?.delegates);
  if (rows.length === 0) return null;
  const nameOf = (delegateId: string) => names?.find((d) => d.id === delegateId)?.fullName ?? t('itemNotes.someone');
  return (
    <>
      <h3 className={styles.sharedTitle}>{title}</h3>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.id} className={`${styles.note} ${styles.others}`} data-testid="item-note-shared" data-visibility={row.visibility}>
            <strong>{nameOf(row.delegateId)}</strong>
            <p className={styles.words}>{row.body.note}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** On the chair's console: the notes delegates shared on the item, when there are any. */
export function SharedItemNotes({ itemId, className = '' }: { itemId: string; className?: string }) {
  const { t } = useTranslation('annotations');
  const notes = useItemNotes(itemId);
  if (notes.shared.length === 0) return null;
  return (
    <section className={`${styles.notes} ${className}`} data-testid="item-notes-shared">
      <SharedList rows={notes.shared} title={t('itemNotes.sharedWithStaff', { count: notes.shared.length })} />
    </section>
  );
}
