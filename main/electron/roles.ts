// What a machine is in the room, chosen once at the first start and remembered in the app's data folder: the chair's
// machine (console, projector on a second display, the embedded hub), the secretariat's (an ordinary window, the
// embedded hub or the room's), or a kiosk tablet (the room's hub, pinned by the room QR's fingerprint).
// Pure: reading, checking and writing the choice; the first-start screen and main.ts call these.

import type { SetupReason } from '../../shared/protocol/bridge.ts';

export type AppRole = 'chair' | 'secretariat' | 'tablet';
export const APP_ROLES: readonly AppRole[] = ['chair', 'secretariat', 'tablet'];

export interface RoomHub {
  /** e.g. https://192.168.1.10:4010 (origin only). */
  url: string;
  /** The room CA's SHA-256 from the room QR (64 hex); null only for a test room on plain HTTP. */
  fingerprint: string | null;
}

export interface RoleChoice {
  role: AppRole;
  /** 'embedded': this machine runs the hub (chair, secretariat); else the room's hub it connects to. */
  hub: 'embedded' | RoomHub;
  /** The tablet's kiosk exit PIN, hashed (kiosk.ts); null on other roles. */
  kioskPinHash: string | null;
}

/** Why a choice was refused: the first-start screen says it in vi and en (shared/protocol/bridge.ts's SETUP_REASONS). */
export type ChoiceError = { ok: false; reason: SetupReason; message: string };

const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The hub a room QR (a pairing link) or a typed address names: its origin and, from the QR, its fingerprint. */
export function hubFromLink(text: string): RoomHub | ChoiceError {
  let url: URL;
  try {
    url = new URL(text.trim().includes('://') ? text.trim() : `https://${text.trim()}`);
  } catch {
    return { ok: false, reason: 'not_an_address', message: 'Not an address: scan the room QR or type the hub’s address, e.g. 192.168.1.10:4010.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'not_https', message: 'The address must be https:// (or http:// for a test room).' };
  const fp = url.searchParams.get('fp')?.replace(/:/g, '').toLowerCase() ?? null;
  if (fp !== null && !FINGERPRINT.test(fp)) return { ok: false, reason: 'fingerprint_damaged', message: 'The room QR’s fingerprint is damaged: scan it again.' };
  if (url.protocol === 'https:' && fp === null) {
    return { ok: false, reason: 'no_fingerprint', message: 'A typed address has no room certificate to check: scan the room QR, which carries it.' };
  }
  return { url: url.origin, fingerprint: fp };
}

const isError = (value: unknown): value is ChoiceError => typeof value === 'object' && value !== null && (value as ChoiceError).ok === false;

/** The first start's choice, checked: a tablet needs the room's hub (from its QR) and an exit PIN hash. */
export function makeChoice(input: { role: string; link?: string | null; kioskPinHash?: string | null }): RoleChoice | ChoiceError {
  if (!APP_ROLES.includes(input.role as AppRole)) return { ok: false, reason: 'unknown_role', message: `Unknown role "${input.role}": chair, secretariat or tablet.` };
  const role = input.role as AppRole;
  let hub: RoleChoice['hub'] = 'embedded';
  if (input.link) {
    const found = hubFromLink(input.link);
    if (isError(found)) return found;
    hub = found;
  }
  if (role === 'tablet') {
    if (hub === 'embedded') return { ok: false, reason: 'tablet_needs_hub', message: 'A tablet connects to the room’s hub: scan the room QR on the chair console.' };
    if (!input.kioskPinHash) return { ok: false, reason: 'pin_needed', message: 'A kiosk tablet needs the secretariat’s exit PIN.' };
  }
  return { role, hub, kioskPinHash: role === 'tablet' ? (input.kioskPinHash ?? null) : null };
}

/** Reads the remembered choice; null when there is none or it does not hold (the first start is shown again). */
export function readChoice(text: string | null): RoleChoice | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as { role?: unknown; hub?: unknown; kioskPinHash?: unknown };
    const hub = raw.hub === 'embedded' ? 'embedded' : (raw.hub as RoomHub | undefined);
    if (hub !== 'embedded' && (typeof hub?.url !== 'string' || (hub.fingerprint !== null && !FINGERPRINT.test(String(hub.fingerprint))))) return null;
    const link = hub === 'embedded' ? null : `${hub.url}/${hub.fingerprint ? `?fp=${hub.fingerprint}` : ''}`;
    const choice = makeChoice({ role: String(raw.role), link, kioskPinHash: typeof raw.kioskPinHash === 'string' ? raw.kioskPinHash : null });
    return isError(choice) ? null : choice;
  } catch {
    return null;
  }
}

export const writeChoice = (choice: RoleChoice): string => `${JSON.stringify(choice, null, 2)}\n`;

/** The first window's path for a role: the console, the secretariat's list, or a tablet's meeting (home to pick one). */
export function startPathFor(role: AppRole, meetingId: string | null): string {
  if (role === 'chair') return meetingId ? `/console/${encodeURIComponent(meetingId)}` : '/';
  if (role === 'secretariat') return meetingId ? `/secretariat/${encodeURIComponent(meetingId)}` : '/secretariat';
  return meetingId ? `/tablet/${encodeURIComponent(meetingId)}` : '/';
}
