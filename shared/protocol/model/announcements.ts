import { z } from 'zod';
import { Id, IsoDateTime, required } from './primitives.ts';

/** An announcement on every tablet (and the projector when chosen) until each device dismisses it or staff take it down. */
export const Announcement = z
  .object({
    id: Id,
    text: required(1000),
    onProjector: z.boolean(),
    postedAt: IsoDateTime,
    postedBy: z.enum(['secretariat', 'chair']),
  })
  .meta({ id: 'Announcement' });
export type Announcement = z.infer<typeof Announcement>;
