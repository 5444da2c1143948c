import type { Handler } from '../context.ts';
import preloadReport from './report.ts';
import preloadList from './list.ts';

/** The preload domain's handlers, one per command declared in shared/protocol/commands/preload.ts. */
export const PRELOAD_HANDLERS = [preloadReport, preloadList] as Handler[];
