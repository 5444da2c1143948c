import { randomBytes } from 'node:crypto';
import type { Store } from './store/store.ts';
import { hashToken, newToken } from './sessions.ts';

/** A device as a connection or a request proved it: the row its device token hashes to, and that hash. */
export interface ProvenDevice {
  id: string;
  tokenHash: string;
}

/**
 * The device a token proves, or null: unknown, revoked, or replaced by a newer pairing. A device is never
 * identified by an id a client states, only by the secret `device.pair` gave it.
 */
export function proveDevice(store: Store, token: string | null | undefined): ProvenDevice | null {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const row = store.deviceByTokenHash(tokenHash);
  return row && !row.revokedAt ? { id: row.id, tokenHash } : null;
}

/** Whether a device proved earlier still is (not unpaired, not paired again with a new token since): one indexed lookup. */
export function stillProven(store: Store, device: ProvenDevice): boolean {
  const row = store.deviceByTokenHash(device.tokenHash);
  return !!row && row.id === device.id && !row.revokedAt;
}

export const DEVICE_NAME_MAX = 100;

/** What people call a device: the secretariat's name for it when it gave one, else the name the device offered. */
export function knownAs(device: { name: string; label: string } | null | undefined): string | null {
  if (!device) return null;
  return device.label || device.name;
}

/** A display name a client offers, made safe to show and to log: one line, at most 100 characters; null if nothing is left. */
export function displayName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const clean = raw
    .slice(0, DEVICE_NAME_MAX * 4)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = Array.from(clean).slice(0, DEVICE_NAME_MAX).join('').trim();
  return cut || null;
}

/**
 * Pairs the device a connection speaks for, once its pairing code was right. A connection that proved a device pairs
 * it again: a new token, the old one dead at once. Any other gets a new device row with an id the hub makes (and the
 * name its handshake offered): the only place a device row is created.
 */
export function pairDevice(
  store: Store,
  who: { deviceId: string | null; address: string; offeredName: string | null },
  at: string,
): { device: ProvenDevice; deviceToken: string; created: boolean } {
  const deviceToken = newToken();
  const tokenHash = hashToken(deviceToken);
  if (who.deviceId && store.getDevice(who.deviceId)) {
    store.pairDevice(who.deviceId, tokenHash, at);
    return { device: { id: who.deviceId, tokenHash }, deviceToken, created: false };
  }
  const id = newDeviceId();
  store.addPairedDevice({ id, name: who.offeredName ?? 'unnamed device', tokenHash, at, address: who.address });
  return { device: { id, tokenHash }, deviceToken, created: true };
}

/** `dev-` and 16 URL-safe random characters, made by the hub (a client never names a device). */
function newDeviceId(): string {
  return `dev-${randomBytes(12).toString('base64url')}`;
}
