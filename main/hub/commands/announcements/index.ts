import type { Handler } from '../context.ts';
import announcementsPost from './post.ts';
import announcementsRemove from './remove.ts';

/** The announcements' handlers, one per command declared in shared/protocol/commands/announcements.ts. */
export const ANNOUNCEMENTS_HANDLERS = [announcementsPost, announcementsRemove] as Handler[];
