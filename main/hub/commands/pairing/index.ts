import type { Handler } from '../context.ts';
import pairingGet from './get.ts';
import pairingRotate from './rotate.ts';

/** The pairing domain's handlers, one per command declared in shared/protocol/commands/pairing.ts. */
export const PAIRING_HANDLERS = [pairingGet, pairingRotate] as Handler[];
