import { z } from 'zod';
import { Id, required, text } from './primitives.ts';

export const AgendaItem = z.object({
  id: Id,
  parentId: Id.nullable(),
  /** Order among siblings, 0-based and dense. Numbering (1, 2.1...) is derived, never stored. */
  position: z.number().int().min(0),
  title: required(500),
  description: text(5000),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable(),
}).meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof AgendaItem>;
