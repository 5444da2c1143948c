// What a tablet does with annotations when the preloader forgets a reader's documents (her session ended here).
import type { ForgetHook } from '../preload/preloader.ts';
import type { AnnotationShelf, LocalAnnotation } from './local.ts';
import type { AnnotationSync } from './sync.ts';

/**
 * The preloader's forget hook: the outbox is sent first while the hub is reachable; then the annotations on the
 * restricted documents leave the device with the documents. An unsent one stays, bound to its owner (the next
 * reader's sync neither shows nor sends it; hers sends it when she signs in here again).
 */
export function annotationsForgetHook(sync: AnnotationSync, shelf: AnnotationShelf): ForgetHook {
  return async (forgotten) => {
    await sync.kick();
    for (const { meetingId, restricted } of forgotten) {
      if (restricted.length === 0) continue;
      const doomed = (row: LocalAnnotation) => row.pending === null && row.documentId !== null && restricted.includes(row.documentId);
      await shelf.remove((await shelf.list(meetingId)).filter(doomed).map((r) => r.id));
      sync.dropLocal((row) => row.meetingId === meetingId && doomed(row));
    }
  };
}
