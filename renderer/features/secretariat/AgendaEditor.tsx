import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { documentsOf } from '../documents/documentsOf.ts';
import { projectDrop, withoutDescendants, type DropProjection, type FlatRow } from './agendaMoves.ts';
import { AgendaEditorRow } from './AgendaEditorRow.tsx';
import { ItemDocuments, useDocumentDrop } from './ItemDocuments.tsx';
import { ItemForm } from './ItemForm.tsx';
import styles from './secretariat.module.css';

/** How far right an item must be dragged to become a sub-item (the rows' own indent). */
export const INDENT_PX = 36;

/** Arrow keys while an item is lifted: up and down move it, left and right take it out or in one level. */
const treeKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code === 'ArrowRight' || event.code === 'ArrowLeft') {
    event.preventDefault();
    const step = event.code === 'ArrowRight' ? INDENT_PX : -INDENT_PX;
    return { x: args.currentCoordinates.x + step, y: args.currentCoordinates.y };
  }
  return sortableKeyboardCoordinates(event, args);
};

interface Dragging {
  id: string;
  overId: string;
  levels: number;
}

/** The agenda as the secretariat edits it: every item with its documents, dragged into place, and the form that adds items. */
export function AgendaEditor({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('secretariat');
  const { meeting } = snapshot;
  const agenda = useAgenda(snapshot.agendaItems, meeting.currentItemId);
  const add = useCommand('agenda.add');
  const move = useCommand('agenda.move');
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const groups = useMemo(() => groupsOf(snapshot), [snapshot]);
  const generalDrop = useDocumentDrop(meeting.id, null);

  const flat: FlatRow[] = useMemo(
    () => agenda.rows.map((node) => ({ id: node.item.id, parentId: node.item.parentId, depth: node.depth })),
    [agenda.rows],
  );
  const shownIds = useMemo(() => new Set((dragging ? withoutDescendants(flat, dragging.id) : flat).map((row) => row.id)), [flat, dragging]);
  const shown = agenda.rows.filter((node) => shownIds.has(node.item.id));
  const projection: DropProjection | null = dragging ? projectDrop(flat, dragging.id, dragging.overId, dragging.levels) : null;
  const numberOf = (id: unknown) => agenda.rows.find((node) => node.item.id === id)?.number ?? '';

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: treeKeyboardCoordinates }),
  );

  const onStart = ({ active }: DragStartEvent) => {
    move.reset();
    setDragging({ id: String(active.id), overId: String(active.id), levels: 0 });
  };
  const onMove = ({ active, over, delta }: DragMoveEvent) =>
    setDragging({ id: String(active.id), overId: String(over?.id ?? active.id), levels: Math.round(delta.x / INDENT_PX) });
  const onEnd = ({ active, over, delta }: DragEndEvent) => {
    setDragging(null);
    if (!over) return;
    const target = projectDrop(flat, String(active.id), String(over.id), Math.round(delta.x / INDENT_PX));
    if (target) void move.run({ meetingId: meeting.id, itemId: String(active.id), parentId: target.parentId, position: target.position });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.drag.start', { number: numberOf(active.id) }),
    onDragOver: ({ active }) => t('agenda.drag.over', { number: numberOf(active.id) }),
    onDragEnd: ({ active }) => t('agenda.drag.end', { number: numberOf(active.id) }),
    onDragCancel: ({ active }) => t('agenda.drag.cancel', { number: numberOf(active.id) }),
  };

  return (
    <div className={styles.editor}>
      <section className={`card ${styles.editorCard}`}>
        <header className={styles.editorHead}>
          <h2>{t('agenda.title')}</h2>
          <p>{t('agenda.intro')}</p>
        </header>
        <ErrorMessage error={move.error} testId="agenda-move-error" />
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
          onDragStart={onStart}
          onDragMove={onMove}
          onDragEnd={onEnd}
          onDragCancel={() => setDragging(null)}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.drag.instructions') } }}
        >
          <SortableContext items={shown.map((node) => node.item.id)} strategy={verticalListSortingStrategy}>
            <ol className={styles.editorList} data-testid="agenda-editor" data-dragging={dragging?.id ?? ''}>
              {shown.map((node) => (
                <AgendaEditorRow
                  key={node.item.id}
                  node={node}
                  meetingId={meeting.id}
                  items={snapshot.agendaItems}
                  documents={documentsOf(snapshot.documents, node.item.id)}
                  groups={groups}
                  published={meeting.status !== 'draft'}
                  showable={meeting.status === 'published'}
                  isCurrent={node.item.id === meeting.currentItemId}
                  depth={dragging?.id === node.item.id && projection ? projection.depth : node.depth}
                  moving={move.pending}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        <div className={styles.addItem}>
          <ItemForm
            heading={t('agenda.addTitle')}
            submitLabel={t('agenda.add')}
            pending={add.pending}
            error={add.error}
            onSubmit={async (fields) => !!(await add.run({ meetingId: meeting.id, parentId: null, ...fields }))}
            testId="add-item-form"
          />
        </div>
      </section>
      <section
        className={`card ${styles.editorCard} ${generalDrop.over ? styles.dropOver : ''}`}
        {...generalDrop.handlers}
        data-testid="general-documents"
      >
        <header className={styles.editorHead}>
          <h2>{t('documents.general')}</h2>
        </header>
        <ItemDocuments
          meetingId={meeting.id}
          itemId={null}
          number={null}
          documents={documentsOf(snapshot.documents, null)}
          groups={groups}
          published={meeting.status !== 'draft'}
          showable={meeting.status === 'published'}
          drop={generalDrop}
        />
      </section>
    </div>
  );
}

/** The groups named in the delegate list, for the access choices (sorted the Vietnamese way). */
export function groupsOf(snapshot: MeetingSnapshot): string[] {
  const named = new Set(snapshot.delegates.map((d) => d.group.trim()).filter(Boolean));
  for (const document of snapshot.documents) if (document.access.kind === 'groups') for (const g of document.access.groups) named.add(g);
  return [...named].sort((a, b) => a.localeCompare(b, 'vi'));
}
