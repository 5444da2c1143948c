import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubState } from '../../client/react.tsx';
import { Dialog } from '../common/Dialog.tsx';
import type { AnnotationBody } from '../../../shared/protocol/index.ts';
import type { LocalAnnotation } from './local.ts';
import styles from './annotations.module.css';

/** A note to change, or the spot of a new one with the line of text beside it (it moves with that line to a new version). */
export type NoteTarget = LocalAnnotation | { page: number; point: [number, number]; line: AnnotationBody['line'] };

const VISIBILITIES = ['private', 'chair', 'everyone'] as const;

/** Writing a note pinned to a spot, or changing one: its words and who may see it (the reader's own only). */
export function NoteDialog({
  target,
  mine,
  onSave,
  onRemove,
  onClose,
}: {
  target: NoteTarget;
  mine: string;
  onSave: (note: string, visibility: LocalAnnotation['visibility']) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('annotations');
  const heading = useId();
  const existing = 'id' in target ? target : null;
  const delegates = useHubState((state) => state.meeting?.snapshot?.delegates);
  const nameOf = (delegateId: string) => delegates?.find((d) => d.id === delegateId)?.fullName ?? null;
  const own = !existing || existing.delegateId === mine;
  const [note, setNote] = useState(existing?.body.note ?? '');
  const [visibility, setVisibility] = useState<LocalAnnotation['visibility']>(existing?.visibility ?? 'private');
  return (
    <Dialog labelledBy={heading} onClose={onClose} testId="annotation-note-dialog" closeOnBackdrop>
      <form
        className={styles.noteForm}
        onSubmit={(e) => {
          e.preventDefault();
          if (own && note.trim()) onSave(note.trim().slice(0, 4000), visibility);
        }}
      >
        <h2 id={heading}>{existing && !own ? t('sharedBy') : t('noteLabel')}</h2>
        {existing && !own ? (
          <p className={styles.author} data-testid="annotation-note-author">
            {t('sharedByName', { name: nameOf(existing.delegateId) ?? t('itemNotes.someone'), shared: t(`sharedWith.${existing.visibility}`) })}
          </p>
        ) : null}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('notePlaceholder')} readOnly={!own} autoFocus maxLength={4000} data-testid="annotation-note-text" />
        {own ? (
          <label>
            {t('visibility')}{' '}
            <select value={visibility} onChange={(e) => setVisibility(e.target.value as LocalAnnotation['visibility'])} data-testid="annotation-note-visibility">
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t(`visibilities.${v}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className={styles.group}>
          {own ? (
            <button type="submit" className="btn btn-primary" disabled={!note.trim()} data-testid="annotation-note-save">
              {t('noteSave')}
            </button>
          ) : null}
          {existing && own ? (
            <button type="button" className="btn" onClick={onRemove} data-testid="annotation-note-remove">
              {t('noteRemove')}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={onClose}>
            {t('noteCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
