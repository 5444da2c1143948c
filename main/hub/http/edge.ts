import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { clip, LogLimiter } from '../log-safe.ts';
import type { Logger } from '../logger.ts';
import { clientErrorAnswer } from './guard.ts';

/**
 * The events of the HTTP server itself that no route sees, each answered so that none can stop the process:
 * a request the parser refuses (`clientError`: 400 JSON, then the connection is closed), a CONNECT (the hub is not
 * a proxy), and the server's own errors after it listens (e.g. out of file descriptors while accepting).
 */
export function guardServer(server: HttpServer | HttpsServer, logger: Logger): void {
  const limiter = new LogLimiter();
  const close = (socket: Duplex, answer: string | null) => {
    socket.on('error', () => {});
    // Only on a connection that has sent nothing yet: after an answer has gone out (a request whose body then
    // turned out malformed), a second one would be read as the answer to a request never sent.
    const sent = (socket as { bytesWritten?: number }).bytesWritten ?? 0;
    if (answer && socket.writable && sent === 0) socket.end(answer);
    // Whatever it still sends is not read; a slow client does not keep the socket.
    setTimeout(() => socket.destroy(), 1000).unref();
  };
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const address = (socket as { remoteAddress?: string }).remoteAddress ?? '';
    const logged = limiter.take(address);
    if (logged && error.code !== 'ECONNRESET') logger.info({ address, code: clip(error.code, 40), ...logged }, 'malformed HTTP request refused');
    close(socket, clientErrorAnswer(error));
  });
  server.on('connect', (_req, socket: Duplex) => {
    const body = JSON.stringify({ ok: false, code: 'bad_request', message: 'CONNECT is not a method this hub answers: it is not a proxy.' });
    close(socket, `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (!server.listening) return; // startHub's own listener reports a failure to listen
    logger.error({ err: error }, 'the HTTP server reported an error; it goes on serving');
  });
}
