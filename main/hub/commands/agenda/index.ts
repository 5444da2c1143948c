import type { Handler } from '../context.ts';
import agendaAdd from './add.ts';
import agendaUpdate from './update.ts';
import agendaMove from './move.ts';
import agendaRemove from './remove.ts';
import agendaSetCurrent from './set-current.ts';

/** The agenda domain's handlers, one per command declared in shared/protocol/commands/agenda.ts. */
export const AGENDA_HANDLERS = [agendaAdd, agendaUpdate, agendaMove, agendaRemove, agendaSetCurrent] as Handler[];
