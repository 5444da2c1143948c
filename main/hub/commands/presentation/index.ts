import type { Handler } from '../context.ts';
import presentationShow from './show.ts';

/** The presentation domain's handlers, one per command declared in shared/protocol/commands/presentation.ts. */
export const PRESENTATION_HANDLERS = [presentationShow] as Handler[];
