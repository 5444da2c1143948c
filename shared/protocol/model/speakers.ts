import { z } from 'zod';
import { Id, IsoDateTime } from './primitives.ts';

/** The speaker queue, the time spent on each item and the announcements (issue 15; the rules in shared/domain/speakers.ts). */

/** `pointOfOrder` goes ahead of every ordinary request waiting (after the points of order already waiting). */
export const SpeechKind = z.enum(['speech', 'pointOfOrder']).meta({ id: 'SpeechKind' });
export type SpeechKind = z.infer<typeof SpeechKind>;

/** A request's life: waiting in the queue, speaking (the floor given), done (the floor taken back), withdrawn. */
export const SpeechStatus = z.enum(['waiting', 'speaking', 'done', 'withdrawn']).meta({ id: 'SpeechStatus' });
export type SpeechStatus = z.infer<typeof SpeechStatus>;

/** A speaking-time limit, in seconds. */
export const SpeakingSeconds = z.number().int().min(10).max(2 * 60 * 60).meta({ id: 'SpeakingSeconds' });

/** One request to speak, from the request to the end of the speech. */
export const Speech = z
  .object({
    id: Id,
    delegateId: Id,
    /** The delegate's name and seat as the list has them now (a tablet does not hold the list). */
    name: z.string(),
    seat: z.string(),
    /** The agenda item current when the request was made. */
    itemId: Id.nullable(),
    kind: SpeechKind,
    status: SpeechStatus,
    /** The place in the queue while waiting (0 speaks next); null otherwise. */
    position: z.number().int().min(0).nullable(),
    requestedAt: IsoDateTime,
    /** The delegate on the tablet, or staff on the delegate's behalf. */
    requestedBy: z.enum(['delegate', 'secretariat', 'chair']),
    /** When the floor was given; screens count the limit down from it by the hub's clock. */
    startedAt: IsoDateTime.nullable(),
    endedAt: IsoDateTime.nullable(),
    /** The limit in force when the floor was given (the item's, else the meeting's); null: none. */
    limitSeconds: SpeakingSeconds.nullable(),
  })
  .meta({ id: 'Speech' });
export type Speech = z.infer<typeof Speech>;

/**
 * Time spent on an agenda item (`id`: the item's id): the seconds of its finished stretches as the current item, and
 * since when it has been current again (null when it is not). Spent now: `spentSeconds` + (hub's now − `since`).
 */
export const ItemTime = z
  .object({ id: Id, spentSeconds: z.number().int().min(0), since: IsoDateTime.nullable() })
  .meta({ id: 'ItemTime' });
export type ItemTime = z.infer<typeof ItemTime>;

/** The speaking-time limits (`id`: the meeting's id): the meeting's, and each agenda item's that has its own. */
export const SpeakingLimits = z
  .object({ id: Id, meetingSeconds: SpeakingSeconds.nullable(), items: z.record(Id, SpeakingSeconds) })
  .meta({ id: 'SpeakingLimits' });
export type SpeakingLimits = z.infer<typeof SpeakingLimits>;
