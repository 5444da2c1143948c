import { useCallback, useMemo } from 'react';
import { newAnnotation, type LocalAnnotation } from './local.ts';
import { visibleRows } from './service.ts';
import { useAnnotationRows } from './useAnnotationRows.ts';

/**
 * A delegate's notes on one agenda item (item notes: no document, no page), and the ones others shared with her. Kept
 * on the device first and sent when the hub is reachable, as every annotation is (sync.ts).
 */
export function useItemNotes(itemId: string) {
  const { sync, all, delegateId, meetingId } = useAnnotationRows();

  const notes = useMemo(() => {
    const ofItem = visibleRows(all)
      .filter((r) => r.kind === 'item_note' && r.itemId === itemId)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    return { mine: ofItem.filter((r) => r.delegateId === delegateId), shared: ofItem.filter((r) => r.delegateId !== delegateId) };
  }, [all, itemId, delegateId]);

  const add = useCallback(
    (note: string, visibility: LocalAnnotation['visibility']) => {
      if (!delegateId || !meetingId) return;
      void sync.write(newAnnotation({ meetingId, delegateId, documentId: null, sha256: null, itemId, kind: 'item_note', visibility, body: { note } }));
    },
    [sync, delegateId, meetingId, itemId],
  );
  const change = useCallback(
    (row: LocalAnnotation, note: string, visibility: LocalAnnotation['visibility']) =>
      void sync.write({ ...row, body: { note }, visibility, updatedAt: new Date().toISOString(), pending: 'put' }),
    [sync],
  );
  const remove = useCallback((row: LocalAnnotation) => void sync.write({ ...row, pending: 'remove' }), [sync]);

  return { ...notes, canWrite: Boolean(delegateId && meetingId), add, change, remove };
}
