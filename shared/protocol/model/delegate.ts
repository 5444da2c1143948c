import { z } from 'zod';
import { Id, required, text } from './primitives.ts';

export const Delegate = z.object({
  id: Id,
  fullName: required(200),
  title: text(200),
  organisation: text(200),
  /** Delegation or group, used by document access rules. */
  group: text(100),
  seat: text(20),
  /** Serial of the delegate's valid badge; 0 before the first is issued. Reissuing raises it and revokes the old one. */
  badgeSerial: z.number().int().min(0),
}).meta({ id: 'Delegate' });
export type Delegate = z.infer<typeof Delegate>;
