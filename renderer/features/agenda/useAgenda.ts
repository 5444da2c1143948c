import { useMemo } from 'react';
import type { AgendaItem } from '../../../shared/protocol/index.ts';
import { agendaTree, flattenAgenda, neighbourItems, type AgendaNode } from '../../../shared/domain/agenda.ts';

export interface AgendaView {
  /** Every item in reading order, with its number and depth. */
  rows: AgendaNode[];
  byId: Map<string, AgendaNode>;
  current: AgendaNode | null;
  previous: AgendaNode | null;
  next: AgendaNode | null;
}

export function agendaView(items: readonly AgendaItem[], currentItemId: string | null): AgendaView {
  const rows = flattenAgenda(agendaTree(items));
  const byId = new Map(rows.map((row) => [row.item.id, row]));
  const current = currentItemId ? (byId.get(currentItemId) ?? null) : null;
  const { previous, next } = neighbourItems(items, current ? current.item.id : null);
  return {
    rows,
    byId,
    current,
    previous: previous ? (byId.get(previous) ?? null) : null,
    next: next ? (byId.get(next) ?? null) : null,
  };
}

/** The agenda as screens show it, recomputed only when the items or the current item change. */
export function useAgenda(items: readonly AgendaItem[], currentItemId: string | null): AgendaView {
  return useMemo(() => agendaView(items, currentItemId), [items, currentItemId]);
}
