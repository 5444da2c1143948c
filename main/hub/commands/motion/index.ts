import { COMMAND_NAMES } from '../../../../shared/protocol/index.ts';
import { CommandError, defineHandler, type Handler } from '../context.ts';

/** The motion domain's handlers: declared first (the protocol for votes), carried out in the next commits. */
export const MOTION_HANDLERS = COMMAND_NAMES.filter((name) => name.startsWith('motion.')).map((name) =>
  defineHandler(name, () => {
    throw new CommandError('internal', `"${name}" is declared but not carried out by this hub yet.`);
  }),
) as Handler[];
