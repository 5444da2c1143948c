import type { Handler } from '../context.ts';
import annotationsPut from './put.ts';
import annotationsRemove from './remove.ts';
import annotationsSync from './sync.ts';

/** The annotations domain's handlers, one per command declared in shared/protocol/commands/annotations.ts. */
export const ANNOTATIONS_HANDLERS = [annotationsPut, annotationsRemove, annotationsSync] as Handler[];
