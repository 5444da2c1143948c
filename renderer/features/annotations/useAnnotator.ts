import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationBody, MeetingDocument } from '../../../shared/protocol/index.ts';
import { newCastId } from '../ballot/castId.ts';
import { newAnnotation, type LocalAnnotation } from './local.ts';
import { visibleRows } from './service.ts';
import { useAnnotationRows } from './useAnnotationRows.ts';
import { INITIAL_TOOLS, type ToolState } from './tools.ts';

/** One step of the reader's own, undone by writing `before` again and redone by writing `after`. */
interface Step {
  before: LocalAnnotation | null;
  after: LocalAnnotation | null;
}

/**
 * A document version's annotations on this tablet, with the tools and their undo and redo: each change written on the
 * device first (it survives a reload with the hub away), then sent (service.ts, sync.ts).
 */
export function useAnnotator(document: MeetingDocument | null) {
  const { sync, all, delegateId, meetingId } = useAnnotationRows();
  const [tools, setTools] = useState<ToolState>(INITIAL_TOOLS);
  const undo = useRef<Step[]>([]);
  const redo = useRef<Step[]>([]);
  // Counts of the undo and redo stacks, for the buttons (the stacks themselves are refs: changed in handlers).
  const [steps, setSteps] = useState({ undo: 0, redo: 0 });
  const counted = useCallback(() => setSteps({ undo: undo.current.length, redo: redo.current.length }), []);

  useEffect(() => {
    undo.current = [];
    redo.current = [];
    counted();
  }, [document?.sha256, counted]);

  const rows = useMemo(() => visibleRows(all).filter((r) => r.documentId === document?.id && r.sha256 === document?.sha256), [all, document?.id, document?.sha256]);
  const byPage = useMemo(() => {
    const pages = new Map<number, LocalAnnotation[]>();
    for (const row of rows) pages.set(row.body.page ?? 0, [...(pages.get(row.body.page ?? 0) ?? []), row]);
    return pages;
  }, [rows]);

  const write = useCallback(
    (next: LocalAnnotation | null, before: LocalAnnotation | null, record = true) => {
      const target = next ?? (before ? { ...before, pending: 'remove' as const } : null);
      if (!target) return;
      void sync.write(next ? { ...next, pending: 'put' } : target);
      if (record) {
        undo.current.push({ before, after: next });
        redo.current = [];
        counted();
      }
    },
    [sync, counted],
  );

  const add = useCallback(
    (kind: LocalAnnotation['kind'], page: number, body: AnnotationBody, visibility: LocalAnnotation['visibility'] = 'private') => {
      if (!document || !delegateId || !meetingId) return;
      const row = newAnnotation({ meetingId, delegateId, documentId: document.id, sha256: document.sha256, itemId: null, kind, visibility, body });
      void page;
      write(row, null);
    },
    [document, delegateId, meetingId, write],
  );

  const change = useCallback((row: LocalAnnotation, patch: Partial<Pick<LocalAnnotation, 'body' | 'visibility'>>) => write({ ...row, ...patch, updatedAt: new Date().toISOString() }, row), [write]);
  const erase = useCallback((row: LocalAnnotation) => write(null, row), [write]);

  const step = useCallback(
    (from: React.RefObject<Step[]>, to: React.RefObject<Step[]>, forward: boolean) => {
      const last = from.current.pop();
      if (!last) return;
      to.current.push(last);
      const now = sync.all().find((r) => r.id === (last.after ?? last.before)?.id) ?? null;
      const wanted = forward ? last.after : last.before;
      if (wanted && (!now || now.deleted || now.pending === 'remove')) {
        // A removed annotation stays a tombstone at the hub: it comes back as a new one, and the steps follow it.
        const fresh: LocalAnnotation = { ...wanted, id: newCastId(), rev: 1, seq: 0, deleted: false, carried: null, pending: 'put', baseRev: 0 };
        for (const s of [...undo.current, ...redo.current]) {
          if (s.before?.id === wanted.id) s.before = { ...s.before, id: fresh.id };
          if (s.after?.id === wanted.id) s.after = { ...s.after, id: fresh.id };
        }
        write(fresh, null, false);
      } else if (wanted && now) write({ ...wanted, rev: now.rev, seq: now.seq }, now, false);
      else if (now) write(null, now, false);
      counted();
    },
    [sync, write, counted],
  );

  return {
    tools,
    setTools,
    rows,
    byPage,
    mine: delegateId ?? '',
    canAnnotate: Boolean(delegateId && document),
    pending: all.filter((r) => r.pending).length,
    add,
    change,
    erase,
    undo: () => step(undo, redo, false),
    redo: () => step(redo, undo, true),
    canUndo: steps.undo > 0,
    canRedo: steps.redo > 0,
    /** Every live annotation of the delegate's on this document, any version (the carried list, the earlier version). */
    allOfDocument: useMemo(() => visibleRows(all).filter((r) => r.documentId === document?.id), [all, document?.id]),
  };
}

export type Annotator = ReturnType<typeof useAnnotator>;
