import { z } from 'zod';
import { command, nothing, type CommandSpec } from './spec.ts';

/** The room's pairing code. */

export const PAIRING_COMMANDS = {
  'pairing.get': command({
    summary: 'The current pairing code and the addresses tablets can reach this hub at, for the room QR.',
    roles: ['secretariat', 'chair'],
    input: nothing,
    result: z.object({ code: z.string(), urls: z.array(z.string()) }),
  }),
  'pairing.rotate': command({
    summary: 'Make a new pairing code; devices already paired stay paired.',
    roles: ['secretariat'],
    input: nothing,
    result: z.object({ code: z.string() }),
  }),
} as const satisfies Record<string, CommandSpec>;
