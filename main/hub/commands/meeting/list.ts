import { defineHandler } from '../context.ts';

export default defineHandler('meeting.list', (ctx) => ({ meetings: ctx.store.listMeetings() }));
