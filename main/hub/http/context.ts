import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobStore } from '../blobs.ts';
import type { Logger } from '../logger.ts';
import type { OwnAddresses } from '../origin.ts';
import type { InspectLimits } from '../pdf/inspect.ts';
import type { PipelineDeps } from '../pipeline.ts';
import type { Store } from '../store/store.ts';
import type { Caller } from './caller.ts';
import type { Gate } from './gates.ts';
import type { METHODS } from './guard.ts';
import type { Refusal } from './reply.ts';
import type { Tickets } from './tickets.ts';

export type Method = (typeof METHODS)[number];

export interface HttpDeps {
  store: Store;
  blobs: BlobStore;
  logger: Logger;
  webRoot: string | null;
  version: string;
  startedAt: number;
  maxUploadBytes: number;
  inspectLimits: InspectLimits;
  /** Read at request time: the hub may switch it after start. */
  requirePairing: () => boolean;
  /** The command pipeline (pack imports write through it). */
  pipeline: PipelineDeps;
  /** The hub's own addresses, read at request time (the port is known once it listens): the Origin check. */
  ownAddresses: () => OwnAddresses;
}

/** A request as a route's handler gets it: matched, and its caller already let through by the route's gate. */
export interface HttpRequest<C> {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The path's named segments: `<id>` in the route's path is `params.id`. */
  params: Readonly<Record<string, string>>;
  /** What the route's gate made of the caller (null for a route open to anyone). */
  caller: C;
  deps: HttpDeps;
  /** The hub's one-time download tickets (tickets.ts). */
  tickets: Tickets;
}

export type Handler<C> = (request: HttpRequest<C>) => void | Promise<void>;

/** The request as the router hands it over, before the gate adds the caller. */
export type Matched = Omit<HttpRequest<never>, 'caller'>;

/** One row of the route table (routes.ts), as docs/protocol.md lists it. */
export interface RouteSpec<C> {
  methods: readonly Method[];
  /** The path as docs/protocol.md writes it: `<name>` stands for one segment (router.ts says what each may hold). */
  path: string;
  /** Also every other path outside `/api/` that no route claims: the web client's own routes. */
  outsideApi?: boolean;
  /** Checked on the path's segments before the caller is looked at: a name that can name nothing is refused first. */
  checkPath?: (params: Readonly<Record<string, string>>) => Refusal | null;
  /** Who may call it (gates.ts): checked before the handler runs, refused in the one JSON shape otherwise. */
  who: Gate<C>;
  handle: Handler<C>;
}

export type Admission = { ok: true; handle: (request: Matched) => void | Promise<void> } | { ok: false; refusal: Refusal };

/** A route with its gate and handler bound together, so routes letting different callers through share one table. */
export type Route = Omit<RouteSpec<unknown>, 'who' | 'handle'> & { admit(identify: () => Caller): Admission };

export function route<C>(spec: RouteSpec<C>): Route {
  const { who, handle, ...rest } = spec;
  return {
    ...rest,
    admit(identify) {
      const verdict = who(identify);
      return verdict.ok ? { ok: true, handle: (request) => handle({ ...request, caller: verdict.caller }) } : verdict;
    },
  };
}
