import type { Handler } from '../context.ts';
import documentAdd from './add.ts';
import documentUpdate from './update.ts';
import documentRemove from './remove.ts';
import documentReplace from './replace.ts';

/** The document domain's handlers, one per command declared in shared/protocol/commands/document.ts. */
export const DOCUMENT_HANDLERS = [documentAdd, documentUpdate, documentRemove, documentReplace] as Handler[];
