import type Database from 'better-sqlite3';

/**
 * The statement helpers each domain's statements are built on. `openStore` makes them once per database, so every
 * domain shares one cache of prepared statements (keyed by the SQL text).
 */
export interface StoreSql {
  db: Database.Database;
  /** The statement for this SQL, prepared on first use and kept. */
  stmt(sql: string): Database.Statement;
  all<R>(sql: string, ...params: unknown[]): R[];
  get<R>(sql: string, ...params: unknown[]): R | null;
  run(sql: string, ...params: unknown[]): Database.RunResult;
}
