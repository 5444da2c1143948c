import { useState } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import type { AgendaItem, MeetingDocument } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { planMove, type MoveKind } from './agendaMoves.ts';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { ItemDocuments, useDocumentDrop } from './ItemDocuments.tsx';
import { ItemForm } from './ItemForm.tsx';
import styles from './secretariat.module.css';

const MOVES: { kind: MoveKind; symbol: string }[] = [
  { kind: 'up', symbol: '↑' },
  { kind: 'down', symbol: '↓' },
  { kind: 'outdent', symbol: '⇤' },
  { kind: 'indent', symbol: '⇥' },
];

/** One agenda item in the editor; each command has its own error, shown inside the row that caused it. */
export function AgendaEditorRow({
  node,
  meetingId,
  items,
  documents,
  groups,
  published,
  showable,
  isCurrent,
  depth,
  moving,
}: {
  node: AgendaNode;
  meetingId: string;
  items: readonly AgendaItem[];
  documents: MeetingDocument[];
  groups: readonly string[];
  published: boolean;
  /** Published and not closed: a document's pages may be shown to the room. */
  showable: boolean;
  isCurrent: boolean;
  /** Where it is drawn: its own depth, or where it would land while dragged. */
  depth: number;
  /** An `agenda.move` of the tree is in flight. */
  moving: boolean;
}) {
  const { t } = useTranslation(['secretariat', 'agenda', 'common']);
  const { item, number } = node;
  const [mode, setMode] = useState<'view' | 'edit' | 'addChild'>('view');
  const move = useCommand('agenda.move');
  const update = useCommand('agenda.update');
  const remove = useCommand('agenda.remove');
  const addChild = useCommand('agenda.add');
  const busy = move.pending || remove.pending || moving;
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: item.id });
  const drop = useDocumentDrop(meetingId, item.id);

  const labels: Record<MoveKind, string> = {
    up: t('agenda.moveUp'),
    down: t('agenda.moveDown'),
    indent: t('agenda.indent'),
    outdent: t('agenda.outdent'),
  };

  return (
    <li
      ref={setNodeRef}
      className={`${styles.editorRow} ${isCurrent ? styles.editorCurrent : ''} ${isDragging ? styles.dragged : ''} ${drop.over ? styles.dropOver : ''}`}
      {...drop.handlers}
      style={{ ['--depth' as string]: depth, transform: CSS.Translate.toString(transform), transition: transition }}
      data-testid="agenda-item"
      data-item-id={item.id}
      data-number={number}
      data-current={isCurrent ? 'true' : 'false'}
    >
      <div className={styles.rowHead}>
        <button
          type="button"
          className={styles.dragHandle}
          aria-label={t('agenda.drag.handle', { number, title: item.title })}
          title={t('agenda.drag.hint')}
          disabled={busy}
          {...attributes}
          {...listeners}
          data-testid="drag-handle"
        >
          <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true">
            {[4, 10, 16].flatMap((y) => [3, 11].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.8" fill="currentColor" />))}
          </svg>
        </button>
        <span className={styles.rowNumber}>{number}</span>
        <div className={styles.rowText}>
          <strong className={styles.rowTitle}>{item.title}</strong>
          <span className={styles.rowMeta}>
            {isCurrent ? <span className={styles.nowTag}>{t('agenda:current')}</span> : null}
            {item.durationMinutes ? <span>{t('agenda:duration', { count: item.durationMinutes })}</span> : null}
          </span>
        </div>
        <div className={styles.rowActions}>
          {MOVES.map(({ kind, symbol }) => {
            const target = planMove(items, item.id, kind);
            return (
              <button
                key={kind}
                type="button"
                className="btn btn-icon btn-ghost"
                title={labels[kind]}
                aria-label={labels[kind]}
                disabled={!target || busy}
                onClick={() => target && void move.run({ meetingId, itemId: item.id, ...target })}
                data-testid={`move-${kind}`}
              >
                {symbol}
              </button>
            );
          })}
          <button type="button" className="btn btn-small" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')} data-testid="edit-item">
            {t('common:actions.edit')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setMode(mode === 'addChild' ? 'view' : 'addChild')} data-testid="add-child">
            {t('agenda.addChild')}
          </button>
          <ConfirmRemove
            question={t('agenda.removeConfirm', { number })}
            onConfirm={() => void remove.run({ meetingId, itemId: item.id })}
            disabled={busy}
            testId="remove-item"
          />
        </div>
      </div>
      {item.description && mode !== 'edit' ? <p className={styles.rowDescription}>{item.description}</p> : null}
      <ErrorMessage error={move.error ?? remove.error} testId="item-error" />
      {mode === 'edit' ? (
        <ItemForm
          heading={t('agenda.editTitle', { number })}
          initial={item}
          submitLabel={t('common:actions.save')}
          pending={update.pending}
          error={update.error}
          onSubmit={async (fields) => {
            const ok = !!(await update.run({ meetingId, itemId: item.id, ...fields }));
            if (ok) setMode('view');
            return ok;
          }}
          onCancel={() => setMode('view')}
          autoFocus
          testId="edit-item-form"
        />
      ) : null}
      {mode === 'addChild' ? (
        <ItemForm
          heading={t('agenda.addChildTitle', { number })}
          submitLabel={t('agenda.add')}
          pending={addChild.pending}
          error={addChild.error}
          onSubmit={async (fields) => {
            const ok = !!(await addChild.run({ meetingId, parentId: item.id, ...fields }));
            if (ok) setMode('view');
            return ok;
          }}
          onCancel={() => setMode('view')}
          autoFocus
          testId="add-child-form"
        />
      ) : null}
      <ItemDocuments meetingId={meetingId} itemId={item.id} number={number} documents={documents} groups={groups} published={published} showable={showable} drop={drop} />
    </li>
  );
}
