import { z } from 'zod';
import { SECRETARIAT, command, nothing, text, type CommandSpec } from './spec.ts';

/** Tablets pairing with the hub, and the secretariat's list of them, named and bound to seats. */

export const DEVICE_COMMANDS = {
  'device.pair': command({
    summary:
      'Pair this device with the hub using the pairing code (shown on the chair console, in the room QR). The hub makes the device (an id of its own, the handshake `deviceName` as its name) and answers its `deviceId` and `deviceToken`: keep both, and send the token in every handshake (`deviceToken`) and HTTP request (`X-Device-Token`). A connection that already proved a device pairs it again: same id, a new token, the old one dead at once. A wrong code is `bad_passcode` (and counts against the room\'s budget: `rate_limited`).',
    roles: ['guest'],
    unpaired: true,
    input: z.object({ code: z.string().trim().min(1).max(20) }).strict(),
    result: z.object({ deviceId: z.string(), deviceToken: z.string() }),
  }),
  'device.list': command({
    summary:
      'The devices that have paired with this hub (unpaired ones included), with whether they are online now, when each was last seen, and the name and seat the secretariat gave it (`device.label`).',
    roles: ['secretariat'],
    input: nothing,
    result: z.object({
      devices: z.array(
        z.object({
          id: z.string(),
          /** The name the device gives itself in its handshake (`deviceName`, "Chrome on Android"), updated as it connects. */
          name: z.string(),
          /** The secretariat's name for it ("Máy 12"), '' when none: shown before `name`. */
          label: z.string(),
          /** The seat it is bound to ("A-12"), '' when none. */
          seat: z.string(),
          firstSeenAt: z.iso.datetime({ offset: true }),
          lastSeenAt: z.iso.datetime({ offset: true }),
          lastAddress: z.string(),
          pairedAt: z.iso.datetime({ offset: true }).nullable(),
          revokedAt: z.iso.datetime({ offset: true }).nullable(),
          online: z.boolean(),
          /** Who uses it now, when signed in. */
          role: z.string().nullable(),
          delegateName: z.string().nullable(),
        }),
      ),
    }),
  }),
  'device.revoke': command({
    summary: 'Unpair a device: its sessions end at once and it reads nothing more until it pairs again.',
    roles: ['secretariat'],
    input: z.object({ deviceId: z.string().min(1).max(100) }).strict(),
    result: nothing,
  }),
  'device.label': command({
    summary:
      'Name a device and bind it to a seat, so the secretariat tells the room\'s tablets apart: both are replaced (an empty string clears one; `seat` left out keeps the seat). Kept on one line; the device\'s own `name` is untouched. An unknown device is `not_found`.',
    roles: SECRETARIAT,
    input: z.object({ deviceId: z.string().min(1).max(100), label: text(60), seat: text(20).optional() }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
