import type { Handler } from '../context.ts';
import delegateAdd from './add.ts';
import delegateUpdate from './update.ts';
import delegateRemove from './remove.ts';
import delegateImport from './import.ts';

/** The delegate domain's handlers, one per command declared in shared/protocol/commands/delegate.ts. */
export const DELEGATE_HANDLERS = [delegateAdd, delegateUpdate, delegateRemove, delegateImport] as Handler[];
