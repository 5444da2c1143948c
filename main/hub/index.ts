import { networkInterfaces } from 'node:os';
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
import { createTransport, defaultCaPort, listen } from './tls/transport.ts';

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
function roomAddresses(scheme: string, host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [`${scheme}://${a.address}:${port}`] : []));
}

/**
 * Opens the data folder and starts the room's hub: HTTPS (with the room's certificate), the web client and Socket.IO
 * on one port, and the plain-HTTP listener for the room CA beside it; or plain HTTP alone with `insecureHttp`.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const core = openHubCore({ dataDir: options.dataDir, logToConsole: options.logToConsole ?? true });
  const { store, blobs, logger } = core;
  // A device reads nothing until it pairs (the room QR or the code on the chair console); staff sessions count as paired.
  core.deps.requirePairing = options.requirePairing ?? true;
  if (options.sessionHours !== undefined) core.deps.services.sessionHours = options.sessionHours;
  // Filled in once the hub listens: the Origin check compares against these.
  let own: OwnAddresses = { port: 0, roomUrls: [] };
  const host = options.host ?? '0.0.0.0';
  const insecureHttp = options.insecureHttp ?? false;
  let transport;
  try {
    transport = await createTransport({
      insecureHttp,
      dataDir: core.dataDir,
      host,
      label: core.hubId.slice(0, 8),
      logger,
      handler: createRequestHandler({
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
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  const http = transport.server;
  core.setRoomFingerprint(transport.tls()?.fingerprint ?? null);
  guardServer(http, logger);
  let outside: OutsideWrites | null = null;
  const { io, broadcast } = attachSockets({
    http,
    insecureHttp,
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

  let port: number;
  let caPort: number | null;
  const askedPort = options.port ?? DEFAULT_PORT;
  try {
    port = await listen(http, askedPort, host, LISTEN_BACKLOG);
    caPort = await transport.listenCa(host, options.caPort ?? defaultCaPort(askedPort), port, LISTEN_BACKLOG);
  } catch (error) {
    transport.close();
    // Also closes the HTTPS server (listening or not) and the sockets' timers.
    await io.close().catch(() => undefined);
    await core.close();
    throw error;
  }
  const scheme = transport.scheme;
  const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `${scheme}://${local}:${port}`;
  let roomUrls: string[] = [];
  const settle = () => {
    const found = roomAddresses(scheme, host, port);
    roomUrls = found.length > 0 ? found : [url];
    core.setRoomUrls(roomUrls);
    own = { port, roomUrls };
  };
  settle();
  transport.followNames(host, settle);
  const roomTls = transport.tls();
  const tls = roomTls && caPort !== null ? { fingerprint: roomTls.fingerprint, caPem: roomTls.caPem, caUrl: `http://${local}:${caPort}/`, caPort } : null;
  logger.info({ url, roomUrls, caUrl: tls?.caUrl ?? null, insecureHttp, dataDir: core.dataDir, version: core.version }, 'hub started');
  if (options.restartedAfter) logger.warn({ previous: options.restartedAfter }, 'hub restarted by its supervisor after a crash');
  const sweep = setInterval(() => {
    core.live.refreshAll(core.deps.now?.() ?? new Date(), (error) => logger.error({ err: error }, 'the session sweep failed on a connection'));
  }, options.sessionSweepMs ?? 5_000);
  sweep.unref();

  let closing: Promise<void> | null = null;
  return {
    url,
    roomUrls,
    port,
    firstPasscode: core.firstPasscode,
    tls,
    async logFatal(error, origin) {
      logger.fatal({ err: error, origin }, 'hub crashed');
      await flushLogger(logger);
    },
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        outside?.stop();
        transport.close();
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
