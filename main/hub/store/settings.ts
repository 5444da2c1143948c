import type { StoreSql } from './sql.ts';

/** The hub's own key/value settings (its id, the admin passcode's hash, the pairing code, the pack keys…). */
export interface SettingsStatements {
  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;
}

export function settingsStatements({ get, run }: StoreSql): SettingsStatements {
  return {
    getSetting: (key) => get<{ value: string }>('SELECT value FROM settings WHERE key = ?', key)?.value ?? null,
    setSetting: (key, value) =>
      void run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value),
  };
}
