import type { HallLayout } from '../../../shared/domain/hall.ts';
import type { StoreSql } from './sql.ts';

/** The hall's seat layout, one per hub (migration 012), kept whole as JSON. */
export interface HallRecord {
  layout: HallLayout;
  updatedAt: string;
}

export interface HallStatements {
  getHall(): HallRecord | null;
  setHall(layout: HallLayout, at: string): void;
}

export function hallStatements({ get, run }: StoreSql): HallStatements {
  return {
    getHall() {
      const row = get<{ layout: string; updated_at: string }>('SELECT layout, updated_at FROM hall WHERE id = 1');
      return row ? { layout: JSON.parse(row.layout) as HallLayout, updatedAt: row.updated_at } : null;
    },
    setHall: (layout, at) =>
      void run(
        'INSERT INTO hall (id, layout, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET layout = excluded.layout, updated_at = excluded.updated_at',
        JSON.stringify(layout),
        at,
      ),
  };
}
