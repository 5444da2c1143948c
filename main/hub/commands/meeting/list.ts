import { meetingVisibleTo } from '../../../../shared/domain/publication.ts';
import { defineHandler } from '../context.ts';

// Drafts are listed for staff only: a tablet sees a meeting once it is published.
export default defineHandler('meeting.list', (ctx) => ({
  meetings: ctx.store.listMeetings().filter((m) => meetingVisibleTo(ctx.principal.role, m.status)),
}));
