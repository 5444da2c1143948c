import type Database from 'better-sqlite3';
import { migration001 } from './001-initial.ts';
import { migration002 } from './002-badges-attendance-pairing.ts';
import { migration003 } from './003-versions-preload.ts';
import { migration004 } from './004-hostile-sessions.ts';
import { migration005 } from './005-staff-credentials.ts';
import { migration006 } from './006-audit-log.ts';
import { migration007 } from './007-hot-queries.ts';
import { migration008 } from './008-meeting-counts.ts';
import { migration009 } from './009-votes.ts';
import { migration010 } from './010-device-labels.ts';
import { migration011 } from './011-speakers.ts';
import { migration013 } from './013-annotations.ts';
import { migration012 } from './012-hall.ts';
import { migration014 } from './014-presentation.ts';
import { migration015 } from './015-shared-tablet-forget.ts';
import type { Migration } from './migration.ts';

/** Every migration, in order. A new one is a new numbered file added here; a shipped one never changes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015];

/**
 * Brings the database to the newest version, each migration in its own transaction.
 * Refuses a database written by a newer hub rather than guess at its shape.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(
      `The database is at version ${current}, newer than this hub knows (${newest}). Update Roundtable, or use another data folder.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return newest;
}
