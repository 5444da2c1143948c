import type { AgendaItem } from '../protocol/model.ts';

export interface AgendaNode {
  item: AgendaItem;
  /** "1", "2.1", "2.1.3": derived from positions, so reordering renumbers everything at once. */
  number: string;
  depth: number;
  children: AgendaNode[];
}

/** Builds the agenda tree in order. Items whose parent is missing are shown at the top level rather than lost. */
export function agendaTree(items: readonly AgendaItem[]): AgendaNode[] {
  const ids = new Set(items.map((i) => i.id));
  const byParent = new Map<string | null, AgendaItem[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(item);
    byParent.set(parent, siblings);
  }
  const build = (parent: string | null, prefix: string, depth: number, seen: Set<string>): AgendaNode[] =>
    (byParent.get(parent) ?? [])
      .filter((item) => !seen.has(item.id))
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((item, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
        const path = new Set(seen).add(item.id);
        return { item, number, depth, children: build(item.id, number, depth + 1, path) };
      });
  return build(null, '', 0, new Set());
}

/** The tree flattened in reading order (1, 1.1, 1.2, 2, ...). */
export function flattenAgenda(nodes: readonly AgendaNode[]): AgendaNode[] {
  return nodes.flatMap((node) => [node, ...flattenAgenda(node.children)]);
}

/** Agenda number of every item, by id. */
export function agendaNumbers(items: readonly AgendaItem[]): Map<string, string> {
  return new Map(flattenAgenda(agendaTree(items)).map((n) => [n.item.id, n.number]));
}

/** The item and all its descendants' ids. */
export function subtreeIds(items: readonly AgendaItem[], rootId: string): Set<string> {
  const result = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId !== null && result.has(item.parentId) && !result.has(item.id)) {
        result.add(item.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The item before / after `id` in reading order, for the chair's "previous / next" buttons. */
export function neighbourItems(items: readonly AgendaItem[], id: string | null): { previous: string | null; next: string | null } {
  const order = flattenAgenda(agendaTree(items)).map((n) => n.item.id);
  if (id === null) return { previous: null, next: order[0] ?? null };
  const index = order.indexOf(id);
  if (index < 0) return { previous: null, next: order[0] ?? null };
  return { previous: order[index - 1] ?? null, next: order[index + 1] ?? null };
}

/** An item's place in the tree: the fields `placeItem` and `closeGaps` may change. */
type Placed = Pick<AgendaItem, 'id' | 'parentId' | 'position'>;

function siblingsOf<T extends Placed>(items: readonly T[], parentId: string | null, except: string): T[] {
  return items
    .filter((i) => i.parentId === parentId && i.id !== except)
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/**
 * Puts `item` (new or already in `items`) under `parentId` at `position` (clamped to the end) and keeps
 * positions dense in both the old and the new list of siblings. Returns every item whose place changed,
 * `item` included, with its new parent and position.
 */
export function placeItem<T extends Placed>(items: readonly T[], item: T, parentId: string | null, position: number): T[] {
  const before = new Map(items.map((i) => [i.id, i]));
  const oldSiblings = item.parentId === parentId ? [] : siblingsOf(items, item.parentId, item.id);
  const newSiblings = siblingsOf(items, parentId, item.id);
  const at = Math.max(0, Math.min(position, newSiblings.length));
  newSiblings.splice(at, 0, item);
  const placed = [
    ...oldSiblings.map((i, index) => ({ ...i, position: index })),
    ...newSiblings.map((i, index) => ({ ...i, parentId, position: index })),
  ];
  return placed.filter((i) => {
    const old = before.get(i.id);
    return !old || old.parentId !== i.parentId || old.position !== i.position;
  });
}

/** After items were removed: the remaining items whose position must shift so siblings stay dense. */
export function closeGaps<T extends Placed>(remaining: readonly T[]): T[] {
  const parents = new Set(remaining.map((i) => i.parentId));
  return [...parents].flatMap((parentId) =>
    siblingsOf(remaining, parentId, '')
      .map((i, index) => ({ item: i, index }))
      .filter(({ item, index }) => item.position !== index)
      .map(({ item, index }) => ({ ...item, position: index })),
  );
}
