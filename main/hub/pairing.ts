import { randomInt } from 'node:crypto';
import type { Store } from './store/store.ts';

const KEY = 'pairing_code';

/** Six digits: short enough to type on a tablet, shown on the chair console and in the room QR. */
export function newPairingCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

export function pairingCode(store: Store): string {
  let code = store.getSetting(KEY);
  if (!code) {
    code = newPairingCode();
    store.setSetting(KEY, code);
  }
  return code;
}

export function rotatePairingCode(store: Store): string {
  const code = newPairingCode();
  store.setSetting(KEY, code);
  return code;
}

export const samePairingCode = (typed: string, code: string) => typed.replace(/[\s-]/g, '') === code;
