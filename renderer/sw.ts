import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SHELL_MESSAGE_APPLY, SHELL_NEVER_CACHED } from './features/app-shell/rules.ts';

/**
 * The service worker: the app shell a tablet keeps. It holds the built client (every file of this build, listed by
 * the build with a hash each: pdf.js's worker, fonts and decoders too) and answers every page of the app with the
 * kept index.html, so the tablet opens its meeting with the hub out of reach and reads what it preloaded (the device
 * library, in IndexedDB). Nothing else passes through it: the API, socket.io and documents always go to the hub.
 * A new build waits until the page says it is a safe moment (never during a vote), then takes over.
 */

// The worker's own global, typed as much as used here (the project's DOM types do not describe a worker's scope).
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: SHELL_NEVER_CACHED }));

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === SHELL_MESSAGE_APPLY) void self.skipWaiting();
});
