import type { Handler } from '../context.ts';
import meetingList from './list.ts';
import meetingOpen from './open.ts';
import meetingClose from './close.ts';
import meetingCreate from './create.ts';
import meetingUpdate from './update.ts';
import meetingPublish from './publish.ts';
import meetingEnd from './end.ts';

/** The meeting domain's handlers, one per command declared in shared/protocol/commands/meeting.ts. */
export const MEETING_HANDLERS = [meetingList, meetingOpen, meetingClose, meetingCreate, meetingUpdate, meetingPublish, meetingEnd] as Handler[];
