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

/**
 * Counts wrong pairing codes in total, from any address: after `rotateAfter` of them the code is replaced, so
 * guesses spread over many addresses never add up against one code. Screens that show the code are told at once.
 */
export class PairingWatch {
  private misses = 0;
  private readonly store: Store;
  private readonly rotateAfter: number;
  private readonly shown: (code: string) => void;
  constructor(store: Store, rotateAfter: number, shown: (code: string) => void) {
    this.store = store;
    this.rotateAfter = rotateAfter;
    this.shown = shown;
  }

  /** A wrong code was tried; answers the new code when this one replaced it. Call outside a command's transaction. */
  missed(): string | null {
    if (++this.misses < this.rotateAfter) return null;
    const code = rotatePairingCode(this.store);
    this.rotated(code);
    return code;
  }

  /** The code was replaced (here, or by the secretariat): the count starts again, and screens show the new one. */
  rotated(code: string): void {
    this.misses = 0;
    this.shown(code);
  }
}
