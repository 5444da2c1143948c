import { randomBytes } from 'node:crypto';

/**
 * One-time download tickets. A browser opening a link (a PDF to print, a pack to save) cannot send an
 * Authorization header, and a session token in a URL ends up in history, logs and Referer headers. So the page
 * asks for a ticket with its headers (`POST /api/tickets`) and puts that in the link: it is good for one request,
 * to one path, for a minute, and stands for the credential headers it was asked with (Authorization, and the
 * device's own token where the session is bound to a device).
 */
export interface TicketOptions {
  ttlMs?: number;
  /** Outstanding tickets at most; more are refused until some are used or expire. */
  max?: number;
  now?: () => number;
  random?: () => string;
}

/** Header name (lower case) → value. */
export type Credentials = Record<string, string>;

interface Entry {
  credentials: Credentials;
  path: string;
  expiresAt: number;
}

export class Tickets {
  readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;
  private readonly random: () => string;
  private readonly entries = new Map<string, Entry>();

  constructor(options: TicketOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.max = options.max ?? 1000;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? (() => randomBytes(24).toString('base64url'));
  }

  /** A new ticket for one request to `path`, or null when too many are outstanding. */
  issue(credentials: Credentials, path: string): string | null {
    this.purge();
    if (this.entries.size >= this.max) return null;
    const ticket = this.random();
    this.entries.set(ticket, { credentials: { ...credentials }, path, expiresAt: this.now() + this.ttlMs });
    return ticket;
  }

  /** The credential headers the ticket stands for, if it is fresh and for `path`; used up either way. */
  redeem(ticket: string, path: string): Credentials | null {
    const entry = this.entries.get(ticket);
    if (!entry) return null;
    this.entries.delete(ticket);
    if (entry.expiresAt <= this.now() || entry.path !== path) return null;
    return entry.credentials;
  }

  get size(): number {
    return this.entries.size;
  }

  private purge(): void {
    const now = this.now();
    for (const [ticket, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(ticket);
  }
}

/** Paths a ticket may open: the downloads a browser must open directly. */
const TICKET_PATHS = [
  /^\/api\/meetings\/[A-Za-z0-9_-]+\/badges\.pdf$/,
  /^\/api\/meetings\/[A-Za-z0-9_-]+\/delegates\/[A-Za-z0-9_-]+\/badge\.png$/,
  /^\/api\/meetings\/[A-Za-z0-9_-]+\/pack$/,
  /^\/api\/meetings\/[A-Za-z0-9_-]+\/minutes(\.pdf|\/[a-z]+\.csv)$/,
  /^\/api\/documents\/[0-9a-f]{64}$/,
];

export function ticketPathAllowed(path: string): boolean {
  return TICKET_PATHS.some((re) => re.test(path));
}

/** The JSON body of `POST /api/tickets`: `{ path }`. */
export function readTicketRequest(text: string): { ok: true; path: string } | { ok: false; message: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The body must be JSON: { "path": "/api/…" }.' };
  }
  const path = body && typeof body === 'object' && !Array.isArray(body) ? (body as { path?: unknown }).path : undefined;
  if (typeof path !== 'string') return { ok: false, message: 'The body must be { "path": "/api/…" }: the path the ticket opens.' };
  if (!ticketPathAllowed(path)) {
    return { ok: false, message: 'A ticket opens a badge sheet, a badge, a meeting pack, the minutes or a document; that path is none of them.' };
  }
  return { ok: true, path };
}
