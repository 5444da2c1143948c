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

/** One row of the agenda as shown: flattened in reading order, with its depth (0: top level). */
export interface FlatRow {
  id: string;
  parentId: string | null;
  depth: number;
}

/** Where a dragged item would land, and at which depth it is drawn meanwhile. */
export interface DropProjection extends MoveTarget {
  depth: number;
}

/** The rows without those under `rootId`: while an item is dragged its sub-items travel with it. */
export function withoutDescendants(rows: readonly FlatRow[], rootId: string): FlatRow[] {
  const hidden = new Set<string>();
  return rows.filter((row) => {
    if (row.parentId !== null && (row.parentId === rootId || hidden.has(row.parentId))) {
      hidden.add(row.id);
      return false;
    }
    return true;
  });
}

/**
 * Where an item dragged onto the row `overId` lands, `levels` steps right (positive: nest under the row above)
 * or left of its own depth. The depth is kept between what the rows around the gap allow: at most one deeper
 * than the row above, at least as deep as the row below (else that row would change parent). Null when the
 * item would stay where it is.
 */
export function projectDrop(rows: readonly FlatRow[], activeId: string, overId: string, levels: number): DropProjection | null {
  const visible = withoutDescendants(rows, activeId);
  const from = visible.findIndex((row) => row.id === activeId);
  const to = visible.findIndex((row) => row.id === overId);
  if (from < 0 || to < 0) return null;
  const active = visible[from]!;
  const moved = [...visible];
  moved.splice(from, 1);
  moved.splice(to, 0, active);
  const previous = moved[to - 1];
  const next = moved[to + 1];
  const maxDepth = previous ? previous.depth + 1 : 0;
  const minDepth = next ? next.depth : 0;
  const depth = Math.min(maxDepth, Math.max(minDepth, active.depth + levels));

  let parentId: string | null = null;
  if (depth > 0 && previous) {
    if (depth === previous.depth) parentId = previous.parentId;
    else if (depth > previous.depth) parentId = previous.id;
    else parentId = moved.slice(0, to).reverse().find((row) => row.depth === depth)?.parentId ?? null;
  }
  const position = moved.slice(0, to).filter((row) => row.parentId === parentId && row.id !== activeId).length;
  // Its index among its siblings before the move: same parent and same index is no move at all.
  const before = visible.slice(0, from).filter((row) => row.parentId === active.parentId).length;
  if (parentId === active.parentId && position === before) return null;
  return { parentId, position, depth };
}
