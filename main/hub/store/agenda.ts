import type { AgendaItem } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** A meeting's agenda tree: each item knows its parent and its position among its siblings. */
export interface AgendaStatements {
  agendaItems(meetingId: string): AgendaItem[];
  getAgendaItem(meetingId: string, id: string): AgendaItem | null;
  putAgendaItem(meetingId: string, item: AgendaItem): void;
  deleteAgendaItem(meetingId: string, id: string): void;
}

interface AgendaRow {
  id: string;
  parent_id: string | null;
  position: number;
  title: string;
  description: string;
  duration_minutes: number | null;
}

const agendaOf = (r: AgendaRow): AgendaItem => ({
  id: r.id,
  parentId: r.parent_id,
  position: r.position,
  title: r.title,
  description: r.description,
  durationMinutes: r.duration_minutes,
});

export function agendaStatements({ all, get, run }: StoreSql): AgendaStatements {
  return {
    agendaItems: (meetingId) =>
      all<AgendaRow>('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY parent_id, position', meetingId).map(agendaOf),
    getAgendaItem: (meetingId, id) => {
      const row = get<AgendaRow>('SELECT * FROM agenda_items WHERE meeting_id = ? AND id = ?', meetingId, id);
      return row ? agendaOf(row) : null;
    },
    putAgendaItem: (meetingId, i) =>
      void run(
        `INSERT INTO agenda_items (meeting_id, id, parent_id, position, title, description, duration_minutes)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET parent_id = excluded.parent_id, position = excluded.position,
           title = excluded.title, description = excluded.description, duration_minutes = excluded.duration_minutes`,
        meetingId, i.id, i.parentId, i.position, i.title, i.description, i.durationMinutes,
      ),
    deleteAgendaItem: (meetingId, id) => void run('DELETE FROM agenda_items WHERE meeting_id = ? AND id = ?', meetingId, id),
  };
}
