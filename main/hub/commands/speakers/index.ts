import type { Handler } from '../context.ts';
import speakersAsk from './ask.ts';
import speakersWithdraw from './withdraw.ts';
import speakersGive from './give.ts';
import speakersEnd from './end.ts';
import speakersMove from './move.ts';
import speakersSetLimit from './set-limit.ts';

/** The speaker queue's handlers, one per command declared in shared/protocol/commands/speakers.ts. */
export const SPEAKERS_HANDLERS = [speakersAsk, speakersWithdraw, speakersGive, speakersEnd, speakersMove, speakersSetLimit] as Handler[];
