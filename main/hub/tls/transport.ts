// How the hub's port is served: HTTPS with the room's certificate and, beside it, the plain-HTTP listener for the CA;
// or, with --insecure-http, plain HTTP alone. index.ts puts the request handler and Socket.IO on `server` either way.
import { createServer as createHttpServer, type RequestListener, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import type { Logger } from '../logger.ts';
import { createCaHandler } from './ca-listener.ts';
import { certificateNames, namesKey } from './names.ts';
import { roomTls, type RoomTls } from './room-tls.ts';

/** How often the machine's addresses are looked at again: a new Wi-Fi address needs a certificate that names it. */
const NAMES_CHECK_MS = 60_000;

export interface RoomTransport {
  scheme: 'http' | 'https';
  server: HttpServer | HttpsServer;
  /** The current TLS files; null with --insecure-http. */
  tls(): RoomTls | null;
  /** Starts the plain-HTTP CA listener (TLS only) once the hub's port is known; answers its port. */
  listenCa(host: string, caPort: number, httpsPort: number, backlog: number): Promise<number | null>;
  /** Makes the certificate again when the machine's names change; calls `changed` after. */
  followNames(host: string, changed: () => void): void;
  close(): void;
}

export function listen(server: HttpServer | HttpsServer, port: number, host: string, backlog: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen({ port, host, backlog }, () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

/** The default CA port: 80 beside 443, else the next port (0 beside 0: tests take any free one). */
export const defaultCaPort = (port: number) => (port === 443 ? 80 : port === 0 ? 0 : port + 1);

export async function createTransport(options: {
  insecureHttp: boolean;
  dataDir: string;
  host: string;
  label: string;
  handler: RequestListener;
  logger: Logger;
}): Promise<RoomTransport> {
  const { logger } = options;
  if (options.insecureHttp) {
    logger.warn('serving plain HTTP (--insecure-http): documents and passcodes cross the network in clear text');
    const server = createHttpServer(options.handler);
    return { scheme: 'http', server, tls: () => null, listenCa: async () => null, followNames: () => {}, close: () => {} };
  }
  const namesNow = (host: string) => certificateNames(host, networkInterfaces(), hostname());
  let current = await roomTls(options.dataDir, namesNow(options.host), options.label);
  if (current.renewed) logger.info({ names: current.names }, 'server certificate made for the room');
  const server = createHttpsServer({ key: current.key, cert: current.cert }, options.handler);
  let ca: HttpServer | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    scheme: 'https',
    server,
    tls: () => current,
    async listenCa(host, caPort, httpsPort, backlog) {
      ca = createHttpServer(createCaHandler({ tls: () => current, httpsPort: () => httpsPort, label: options.label }));
      ca.on('clientError', (_error, socket) => socket.destroy());
      return listen(ca, caPort, host, backlog);
    },
    followNames(host, changed) {
      let checking = false;
      timer = setInterval(() => {
        const names = namesNow(host);
        if (checking || namesKey(names) === namesKey(current.names)) return;
        checking = true;
        roomTls(options.dataDir, names, options.label)
          .then((next) => {
            current = next;
            server.setSecureContext({ key: next.key, cert: next.cert });
            logger.info({ names: next.names }, 'the machine’s addresses changed: server certificate made again');
            changed();
          })
          .catch((error: unknown) => logger.error({ err: error }, 'could not make the server certificate again'))
          .finally(() => (checking = false));
      }, NAMES_CHECK_MS);
      timer.unref();
    },
    close() {
      if (timer) clearInterval(timer);
      ca?.closeAllConnections();
      ca?.close();
    },
  };
}
