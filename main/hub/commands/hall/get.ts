import { defineHandler } from '../context.ts';

export default defineHandler('hall.get', (ctx) => {
  const hall = ctx.store.getHall();
  return { layout: hall?.layout ?? null, updatedAt: hall?.updatedAt ?? null };
});
