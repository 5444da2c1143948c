import type { AgendaItem } from '../../../shared/protocol/index.ts';

export type MoveKind = 'up' | 'down' | 'indent' | 'outdent';

/** Where `agenda.move` should put an item: its new parent and its index among the new siblings. */
export interface MoveTarget {
  parentId: string | null;
  position: number;
}

function siblingsOf(items: readonly AgendaItem[], parentId: string | null): AgendaItem[] {
  return items.filter((i) => i.parentId === parentId).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/**
 * The `agenda.move` arguments for the secretariat's four arrow buttons, or null when the move
 * is impossible (first item up, top-level item out...). Positions are indexes in the final order.
 */
export function planMove(items: readonly AgendaItem[], itemId: string, kind: MoveKind): MoveTarget | null {
  const item = items.find((i) => i.id === itemId);
  if (!item) return null;
  const siblings = siblingsOf(items, item.parentId);
  const index = siblings.findIndex((s) => s.id === itemId);
  switch (kind) {
    case 'up':
      return index > 0 ? { parentId: item.parentId, position: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { parentId: item.parentId, position: index + 1 } : null;
    case 'indent': {
      const above = siblings[index - 1];
      return above ? { parentId: above.id, position: siblingsOf(items, above.id).length } : null;
    }
    case 'outdent': {
      if (item.parentId === null) return null;
      const parent = items.find((i) => i.id === item.parentId);
      if (!parent) return null;
      const parentIndex = siblingsOf(items, parent.parentId).findIndex((s) => s.id === parent.id);
      return { parentId: parent.parentId, position: parentIndex + 1 };
    }
  }
}
