import type { StoreSql } from './sql.ts';

/** Paired devices: a row is made when a device pairs; its token's hash is what proves it afterwards. */

export interface DeviceRow {
  id: string;
  name: string;
  firstSeenAt: string;
  lastSeenAt: string;
  lastAddress: string;
  tokenHash: string | null;
  pairedAt: string | null;
  revokedAt: string | null;
  /** The secretariat's name for it and the seat it is bound to ('' when not given): what people tell it apart by. */
  label: string;
  seat: string;
}

export interface DeviceStatements {
  /** A device that has just paired: the only way a device row is made. */
  addPairedDevice(device: { id: string; name: string; tokenHash: string; at: string; address: string }): void;
  /** A paired device connected again: when, from where, and the name it gives itself (when it gave one). */
  deviceSeen(id: string, seen: { at: string; address: string; name: string | null }): void;
  countDevices(): number;
  listDevices(): DeviceRow[];
  getDevice(id: string): DeviceRow | null;
  deviceByTokenHash(tokenHash: string): DeviceRow | null;
  /** Gives a device a new token (its old one stops counting) and marks it paired again. */
  pairDevice(id: string, tokenHash: string, at: string): void;
  revokeDevice(id: string, at: string): void;
  labelDevice(id: string, label: string, seat: string): void;
}

interface DeviceDbRow {
  id: string;
  name: string;
  first_seen_at: string;
  last_seen_at: string;
  last_address: string;
  token_hash: string | null;
  paired_at: string | null;
  revoked_at: string | null;
  label: string;
  seat: string;
}

const deviceOf = (r: DeviceDbRow): DeviceRow => ({
  id: r.id,
  name: r.name,
  firstSeenAt: r.first_seen_at,
  lastSeenAt: r.last_seen_at,
  lastAddress: r.last_address,
  tokenHash: r.token_hash,
  pairedAt: r.paired_at,
  revokedAt: r.revoked_at,
  label: r.label,
  seat: r.seat,
});

export function deviceStatements({ all, get, run }: StoreSql): DeviceStatements {
  return {
    addPairedDevice: (d) =>
      void run(
        `INSERT INTO devices (id, name, first_seen_at, last_seen_at, last_address, token_hash, paired_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        d.id, d.name, d.at, d.at, d.address, d.tokenHash, d.at,
      ),
    deviceSeen: (id, seen) =>
      void run(
        'UPDATE devices SET last_seen_at = ?, last_address = ?, name = coalesce(?, name) WHERE id = ?',
        seen.at, seen.address, seen.name, id,
      ),
    countDevices: () => get<{ n: number }>('SELECT count(*) AS n FROM devices')?.n ?? 0,
    listDevices: () => all<DeviceDbRow>('SELECT * FROM devices ORDER BY last_seen_at DESC').map(deviceOf),
    getDevice: (id) => {
      const row = get<DeviceDbRow>('SELECT * FROM devices WHERE id = ?', id);
      return row ? deviceOf(row) : null;
    },
    deviceByTokenHash: (tokenHash) => {
      const row = get<DeviceDbRow>('SELECT * FROM devices WHERE token_hash = ?', tokenHash);
      return row ? deviceOf(row) : null;
    },
    pairDevice: (id, tokenHash, at) =>
      void run('UPDATE devices SET token_hash = ?, paired_at = ?, revoked_at = NULL WHERE id = ?', tokenHash, at, id),
    revokeDevice: (id, at) => void run('UPDATE devices SET token_hash = NULL, revoked_at = ? WHERE id = ?', at, id),
    labelDevice: (id, label, seat) => void run('UPDATE devices SET label = ?, seat = ? WHERE id = ?', label, seat, id),
  };
}
