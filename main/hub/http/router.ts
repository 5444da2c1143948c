import type { IncomingMessage, ServerResponse } from 'node:http';
import { clip, LogLimiter } from '../log-safe.ts';
import { checkOrigin } from '../origin.ts';
import { answerAppCors } from './app-cors.ts';
import { bearerOf, requestCaller } from './caller.ts';
import type { HttpDeps, Route } from './context.ts';
import { isClientFault, methodAllowed, METHODS, readTarget } from './guard.ts';
import { fail, refuse } from './reply.ts';
import { ROUTES } from './routes.ts';
import { Tickets } from './tickets.ts';

/** What each `<name>` in a route's path may hold: one segment, never a `/`. */
const SEGMENTS: Record<string, string> = {
  id: '[A-Za-z0-9_-]+',
  delegateId: '[A-Za-z0-9_-]+',
  // A spreadsheet of the minutes: the route's path check names the ones there are.
  sheet: '[a-z]+',
  // Any segment: the route's own path check says why a name is not a document's (routes.ts).
  sha256: '[^/]+',
};

type PathMatcher = (pathname: string) => Record<string, string> | null;

/** A route's path as a matcher; a `<name>` that SEGMENTS does not know is a mistake in the table, found at start. */
export function pathMatcher(route: Pick<Route, 'path' | 'outsideApi'>): PathMatcher {
  if (route.outsideApi) return (pathname) => (pathname.startsWith('/api/') ? null : {});
  const names: string[] = [];
  const source = route.path.replace(/<([^>]+)>|[^<]+/g, (part, name: string | undefined) => {
    if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const segment = SEGMENTS[name];
    if (!segment) throw new Error(`The route ${route.path} names a segment <${name}> the router does not know.`);
    names.push(name);
    return `(${segment})`;
  });
  const pattern = new RegExp(`^${source}$`);
  return (pathname) => {
    const match = pattern.exec(pathname);
    return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) : null;
  };
}

const MATCHERS = new Map(ROUTES.map((route) => [route, pathMatcher(route)]));

/** The first route of the table answering this method on this path, with the path's named segments. */
export function matchRoute(method: string, pathname: string): { route: Route; params: Record<string, string> } | null {
  for (const [route, matches] of MATCHERS) {
    if (!(route.methods as readonly string[]).includes(method)) continue;
    const params = matches(pathname);
    if (params) return { route, params };
  }
  return null;
}

/**
 * The hub's one HTTP gate. Every request goes the same way: the edge checks (HTTP version, request target, method,
 * the Origin of a POST, a ticket turned into its headers), the route table (routes.ts), the route's path check and
 * gate (who may call it: gates.ts), then its handler; every refusal in one JSON shape (reply.ts), and whatever a
 * handler throws caught here.
 */
export function createRequestHandler(deps: HttpDeps) {
  const { logger } = deps;
  const tickets = new Tickets();
  // A client that sends bad requests in a loop is logged ten times a minute, then counted.
  const refusals = new LogLimiter();

  const answer = async (req: IncomingMessage, res: ServerResponse, url: URL, method: string) => {
    const found = matchRoute(method, url.pathname);
    if (!found) {
      if (url.pathname.startsWith('/api/')) return fail(res, 'not_found', `No such endpoint: ${method} ${clip(url.pathname)}.`);
      return fail(res, 'bad_request', `${method} is not supported here.`);
    }
    const { route, params } = found;
    const unknown = route.checkPath?.(params);
    if (unknown) return refuse(res, unknown);
    const admitted = route.admit(() => requestCaller(deps.store, req, bearerOf(req), deps.requirePairing(), new Date()));
    if (!admitted.ok) {
      // Whatever body a refused request has is not read.
      req.resume();
      return refuse(res, admitted.refusal);
    }
    await admitted.handle({ req, res, url, params, deps, tickets });
  };

  /** A request refused at the door: 400 (or 403), logged without a stack (it is the client's fault, not the hub's). */
  const refuseAtDoor = (req: IncomingMessage, res: ServerResponse, code: 'bad_request' | 'forbidden' | 'not_signed_in', message: string) => {
    const address = req.socket.remoteAddress ?? '';
    const logged = refusals.take(`${code}|${address}`);
    if (logged) logger.info({ address, method: clip(req.method), target: clip(req.url), code, message, ...logged }, 'request refused');
    // Whatever body it has is not read: the connection closes after the answer.
    if (!req.complete) res.setHeader('Connection', 'close');
    fail(res, code, message);
  };

  /** The last boundary: whatever a route throws or rejects with ends here, and never reaches the process. */
  const failed = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    try {
      if (isClientFault(error)) {
        logger.info({ address: req.socket.remoteAddress ?? '', target: clip(req.url), reason: clip(error instanceof Error ? error.message : error) }, 'request ended by the client');
      } else {
        logger.error({ err: error, method: clip(req.method), target: clip(req.url) }, 'request failed');
      }
      if (res.headersSent || res.destroyed) return void res.destroy();
      fail(res, 'internal', 'The hub failed to answer this request; the hub log has the details.');
    } catch {
      res.destroy();
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.httpVersionMajor !== 1) return refuseAtDoor(req, res, 'bad_request', `HTTP/${clip(req.httpVersion, 10)} is not spoken here: HTTP/1.0 or 1.1 only.`);
    const target = readTarget(req.url);
    if (!target.ok) return refuseAtDoor(req, res, 'bad_request', target.message);
    if (answerAppCors(req, res)) return;
    const method = req.method ?? '';
    if (!methodAllowed(method)) return refuseAtDoor(req, res, 'bad_request', `${clip(method, 20)} is not a method this hub answers (${METHODS.join(', ')}).`);
    const url = target.url;
    const api = url.pathname.startsWith('/api/');
    if (api) res.setHeader('Cache-Control', 'no-store');
    if (method === 'POST') {
      // A hostile page in a tablet's browser can POST to the hub; its Origin header gives it away.
      const origin = checkOrigin(req.headers.origin, req.headers.host, deps.ownAddresses());
      if (!origin.ok) return refuseAtDoor(req, res, 'forbidden', origin.message);
    }
    const ticketParam = api && (method === 'GET' || method === 'HEAD') ? url.searchParams.get('ticket') : null;
    if (ticketParam !== null && req.headers.authorization === undefined) {
      const credentials = tickets.redeem(ticketParam, url.pathname);
      if (!credentials) return refuseAtDoor(req, res, 'not_signed_in', 'This download link has expired or was used already: ask for a new one.');
      Object.assign(req.headers, credentials);
    }
    answer(req, res, url, method).catch((error: unknown) => failed(req, res, error));
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    // Without these, a client that resets the connection mid-request could raise an 'error' nobody listens to.
    req.on('error', () => {});
    res.on('error', () => {});
    try {
      handle(req, res);
    } catch (error) {
      failed(req, res, error);
    }
  };
}
