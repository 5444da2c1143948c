// Test helpers for the annotations' sync: a row as the device keeps it, and a hub link that answers as the hub does.
import type { SyncLink } from './sync.ts';
import type { LocalAnnotation } from './local.ts';

export function annotationRow(id: string, over: Partial<LocalAnnotation> = {}): LocalAnnotation {
  return {
    id,
    meetingId: 'm1',
    delegateId: 'd-mai',
    documentId: 'secret',
    sha256: 'a'.repeat(64),
    itemId: null,
    kind: 'note',
    visibility: 'private',
    body: { page: 0, points: [[0.5, 0.5]], note: id },
    rev: 1,
    deleted: false,
    carried: null,
    updatedAt: '2026-12-07T01:00:00.000Z',
    seq: 1,
    pending: null,
    baseRev: 1,
    ...over,
  } as LocalAnnotation;
}

/**
 * A hub link keeping rows by id as the hub does (a put on the current revision applies and bumps it, one on an older
 * revision is answered with the current row; a repeat changes nothing), recording every command; `reachable` false:
 * every command fails as after a drop. `hold`: the next command's answer waits for it.
 */
export function fakeHubLink() {
  const rows = new Map<string, LocalAnnotation>();
  const sent: { name: string; id?: string; baseRev?: number }[] = [];
  let seq = 100;
  const state = { reachable: true, hold: null as Promise<void> | null };
  const answer = (id: string, input: Partial<LocalAnnotation> & { baseRev: number }, deleted: boolean) => {
    const current = rows.get(id);
    if (current && current.rev !== input.baseRev) return { applied: false, annotation: current };
    const next = annotationRow(id, { ...current, ...input, deleted, rev: (current?.rev ?? 0) + 1, seq: ++seq });
    rows.set(id, next);
    return { applied: true, annotation: next };
  };
  const link: SyncLink = {
    send: (async (name: string, input: { id?: string; baseRev?: number }) => {
      if (!state.reachable) throw new Error('disconnected');
      sent.push({ name, id: input.id, baseRev: input.baseRev });
      if (name === 'annotations.sync') return { annotations: [], cursor: seq, more: false };
      if (state.hold) {
        const held = state.hold;
        state.hold = null;
        await held;
      }
      const { pending: _p, baseRev, ...rest } = input as LocalAnnotation;
      return answer(input.id!, { ...rest, baseRev }, name === 'annotations.remove');
    }) as SyncLink['send'],
    on: () => () => undefined,
  };
  return { link, rows, sent, state };
}
