import { defineHandler } from '../context.ts';
import { saveLayout } from './save.ts';

export default defineHandler('hall.set', (ctx, { layout }) => {
  saveLayout(ctx, layout);
  return {};
});
