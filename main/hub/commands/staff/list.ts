import { defineHandler } from '../context.ts';

export default defineHandler('staff.list', (ctx) => ({ credentials: ctx.store.listStaffCredentials(ctx.now.toISOString()) }));
