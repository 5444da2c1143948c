import type { Change } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** The log of what each revision of a meeting changed, replayed to followers that missed it. */

export interface RevisionChanges {
  revision: number;
  changes: Change[];
}

export interface ChangeRecord extends RevisionChanges {
  command: string;
  actor: string;
  at: string;
}

export interface ChangeStatements {
  appendChanges(meetingId: string, record: ChangeRecord): void;
  /** Revisions after `since`, oldest first. */
  changesSince(meetingId: string, since: number): RevisionChanges[];
}

export function changeStatements({ all, run }: StoreSql): ChangeStatements {
  return {
    appendChanges: (meetingId, r) =>
      void run(
        'INSERT INTO changes (meeting_id, revision, command, actor, at, changes) VALUES (?, ?, ?, ?, ?, ?)',
        meetingId, r.revision, r.command, r.actor, r.at, JSON.stringify(r.changes),
      ),
    changesSince: (meetingId, since) =>
      all<{ revision: number; changes: string }>(
        'SELECT revision, changes FROM changes WHERE meeting_id = ? AND revision > ? ORDER BY revision',
        meetingId,
        since,
      ).map((r) => ({ revision: r.revision, changes: JSON.parse(r.changes) as Change[] })),
  };
}
