import { z } from 'zod';
import { command, nothing, type CommandSpec } from './spec.ts';

/** The room's pairing code. */

export const PAIRING_COMMANDS = {
  'pairing.get': command({
    summary:
      "The current pairing code, the addresses tablets can reach this hub at, and the room certificate's fingerprint, for the room QR (see *The room QR*). `fingerprint` is null on a hub started with `--insecure-http`.",
    roles: ['secretariat', 'chair'],
    input: nothing,
    result: z.object({
      code: z.string(),
      urls: z.array(z.string()),
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    }),
  }),
  'pairing.rotate': command({
    summary: 'Make a new pairing code; devices already paired stay paired.',
    roles: ['secretariat'],
    input: nothing,
    result: z.object({ code: z.string() }),
  }),
} as const satisfies Record<string, CommandSpec>;
