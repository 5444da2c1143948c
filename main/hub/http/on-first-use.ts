import type { Handler } from './context.ts';

/**
 * A route's handler whose module is imported at the route's first request, not at hub start: printing badges, reading
 * a delegate list and packs pull in pdf-lib, fontkit, qrcode, papaparse, iconv-lite and the zip libraries (tens of
 * MB), which a hub that only serves tablets never needs.
 */
export function onFirstUse<C>(load: () => Promise<Handler<C>>): Handler<C> {
  let loaded: Promise<Handler<C>> | null = null;
  return async (request) => {
    loaded ??= load();
    const handle = await loaded;
    await handle(request);
  };
}
