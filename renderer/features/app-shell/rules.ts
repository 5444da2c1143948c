/**
 * What the app shell (the service worker, renderer/sw.ts) never answers from its cache: the hub's API (sessions,
 * documents, badges, packs) and socket.io. A page navigation to one of them (a badge sheet opened in a new tab) goes
 * to the hub like every request the shell does not hold.
 */
export const SHELL_NEVER_CACHED: RegExp[] = [/^\/api(\/|$)/, /^\/socket\.io(\/|$)/];

/** The page tells a waiting new build to take over (`workbox-window`'s messageSkipWaiting sends the same). */
export const SHELL_MESSAGE_APPLY = 'SKIP_WAITING';

/** The service worker's script, at the root so that it controls every page of the app. */
export const SHELL_SCRIPT = '/sw.js';
