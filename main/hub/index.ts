import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { HubOptions, RunningHub } from './api.ts';
import { openHubCore } from './core.ts';
import { createRequestHandler } from './http/router.ts';
import { guardServer } from './http/edge.ts';
import { flushLogger } from './logger.ts';
import type { OwnAddresses } from './origin.ts';
import { webRootDefault } from './paths.ts';
import { DEFAULT_INSPECT_LIMITS } from './pdf/inspect.ts';
import { attachSockets } from './socket.ts';
import { followOutsideWrites, type OutsideWrites } from './outside-writes.ts';

export type { HubOptions, RunningHub };

export const DEFAULT_PORT = 4010;
const DEFAULT_MAX_UPLOAD = 200 * 1024 * 1024;
/**
 * Connections the kernel holds until the hub accepts them: a congress's 1,500 tablets connect at once when the hall's
 * network comes up, and past Node's default (511) the kernel drops their handshakes, which the tablets retry only after
 * 1, 3, 7 s… The kernel caps it at net.core.somaxconn (4096 on Linux since 5.4; raise it on an older kernel).
 */
const LISTEN_BACKLOG = 4096;

/** Every IPv4 address a tablet on the room's network might use to reach a hub listening on all interfaces. */
function roomAddresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [`http://${a.address}:${port}`] : []));
}

/** Opens the data folder and starts the room's hub: HTTP, the web client and Socket.IO on one port. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const core = openHubCore({ dataDir: options.dataDir, logToConsole: options.logToConsole ?? true });
  const { store, blobs, logger } = core;
  // A device reads nothing until it pairs (the room QR or the code on the chair console); staff sessions count as paired.
  core.deps.requirePairing = options.requirePairing ?? true;
  if (options.sessionHours !== undefined) core.deps.services.sessionHours = options.sessionHours;
  // Filled in once the hub listens: the Origin check compares against these.
  let own: OwnAddresses = { port: 0, roomUrls: [] };
  const http = createServer(
    createRequestHandler({
      store,
      blobs,
      logger,
      webRoot: options.webRoot === undefined ? webRootDefault() : options.webRoot,
      version: core.version,
      startedAt: Date.now(),
      maxUploadBytes: DEFAULT_MAX_UPLOAD,
      inspectLimits: DEFAULT_INSPECT_LIMITS,
      requirePairing: () => core.deps.requirePairing ?? true,
      pipeline: core.deps,
      ownAddresses: () => own,
    }),
  );
  guardServer(http, logger);
  let outside: OutsideWrites | null = null;
  const { io, broadcast } = attachSockets({
    http,
    store,
    live: core.live,
    logger,
    hubId: core.hubId,
    hubVersion: core.version,
    deps: core.deps,
    wrapBroadcast: (fanOut) => (outside = followOutsideWrites(store, fanOut, logger)).broadcast,
    ownAddresses: () => own,
  });
  core.deps.broadcast = broadcast;
  // Annotations a stopped hub had still to carry to a replaced document's new version.
  core.deps.services.carryAnnotations();

  if (options.seedDemo && store.countMeetings() === 0) {
    // Imported only here: the demo's PDFs are drawn with pdf-lib and fontkit, which a hub without it never loads.
    const { seedDemo } = await import('./demo/seed.ts');
    await seedDemo(core.deps, blobs);
    logger.info('demo meeting loaded');
  }

  const host = options.host ?? '0.0.0.0';
  try {
    await new Promise<void>((done, fail) => {
      http.once('error', fail);
      http.listen({ port: options.port ?? DEFAULT_PORT, host, backlog: LISTEN_BACKLOG }, () => {
        http.off('error', fail);
        done();
      });
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  const roomUrls = roomAddresses(host, port);
  core.setRoomUrls(roomUrls.length > 0 ? roomUrls : [url]);
  own = { port, roomUrls: roomUrls.length > 0 ? roomUrls : [url] };
  logger.info({ url, roomUrls, dataDir: core.dataDir, version: core.version }, 'hub started');
  if (options.restartedAfter) logger.warn({ previous: options.restartedAfter }, 'hub restarted by its supervisor after a crash');
  const sweep = setInterval(() => {
    core.live.refreshAll(core.deps.now?.() ?? new Date(), (error) => logger.error({ err: error }, 'the session sweep failed on a connection'));
  }, options.sessionSweepMs ?? 5_000);
  sweep.unref();

  let closing: Promise<void> | null = null;
  return {
    url,
    roomUrls: roomUrls.length > 0 ? roomUrls : [url],
    port,
    firstPasscode: core.firstPasscode,
    async logFatal(error, origin) {
      logger.fatal({ err: error, origin }, 'hub crashed');
      await flushLogger(logger);
    },
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        outside?.stop();
        // Closes every socket and the HTTP server; keep-alive connections are cut rather than waited for.
        const closed = io.close();
        http.closeAllConnections();
        await closed;
        logger.info('hub stopped');
        await core.close();
      })();
      return closing;
    },
  };
}
