// A client of the hub written from docs/protocol.md and docs/badges.md alone, as a client in another language would
// be: it imports nothing of the project (node's own modules and socket.io-client only; imports.test.ts checks this),
// and what it knows of the protocol (commands, roles, pushes, codes, routes) it reads from the documents.
import { readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { io, type Socket } from 'socket.io-client';

export const PROTOCOL_DOC = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');
export const BADGES_DOC = readFileSync(new URL('../../docs/badges.md', import.meta.url), 'utf8');

/** The text of a document between two headings (the second excluded). */
function between(doc: string, from: string, to: string): string {
  const start = doc.indexOf(from);
  const end = doc.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`the document has no section "${from}" … "${to}"`);
  return doc.slice(start, end);
}

/** The first backquoted word of each table row of a section (a table's first column). */
function firstColumn(section: string): string[] {
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

export const PROTOCOL_VERSION = Number(/Protocol version: \*\*(\d+)\*\*/.exec(PROTOCOL_DOC)?.[1]);

/** Each command of the reference: its name, and the roles its "Roles:" line names. */
export const COMMANDS = [...between(PROTOCOL_DOC, '## Commands (client → hub)', '## Pushes (hub → client)').matchAll(/^### `([^`]+)`\n\n[^\n]*\n\nRoles: ([^\n]+)\./gm)].map(
  (m) => ({ name: m[1]!, roles: [...m[2]!.matchAll(/`([a-z]+)`/g)].map((r) => r[1]!) }),
);
{
  // Every heading of the reference is a command the test knows the roles of: a summary over several lines would not be.
  const headings = between(PROTOCOL_DOC, '## Commands (client → hub)', '## Pushes (hub → client)').match(/^### `/gm)?.length ?? 0;
  if (headings !== COMMANDS.length) throw new Error(`read ${COMMANDS.length} commands with their roles, of ${headings} in the reference`);
}
export const PUSHES = [...between(PROTOCOL_DOC, '## Pushes (hub → client)', '## Types').matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]!);
export const ERROR_CODES = firstColumn(between(PROTOCOL_DOC, '## Error codes', '## Error reasons'));
/** The reasons table: each reason's code and the names its params may have. */
export const REASONS = new Map(
  [...between(PROTOCOL_DOC, '## Error reasons', '<!-- generated:end -->').matchAll(/^\| `([^`]+)` \| `([^`]+)` \| ([^|]*) \|/gm)].map((m) => [
    m[1]!,
    { code: m[2]!, params: [...m[3]!.matchAll(/`(\w+)\??`/g)].map((p) => p[1]!) },
  ]),
);

/** What is wrong with a refusal's `reason` and `params` by the reasons table (nothing: []). */
export function reasonProblems(body: Json): string[] {
  const documented = REASONS.get(body.reason);
  if (!documented) return [`reason ${String(body.reason)} is not in the table`];
  const problems = documented.code === body.code ? [] : [`reason ${body.reason} comes with ${documented.code}, not ${body.code}`];
  const params = Object.entries((body.params ?? {}) as Record<string, unknown>);
  for (const [name, value] of params) {
    if (!documented.params.includes(name)) problems.push(`param ${name} is not one of ${body.reason}'s`);
    if (typeof value !== 'string' && typeof value !== 'number') problems.push(`param ${name} is neither a string nor a number`);
  }
  return problems;
}
export const ENDED_CODES = firstColumn(between(PROTOCOL_DOC, '| code | the session ended because |', '```js'));

/** The HTTP table: each row's methods and path (`<name>` stands for one segment). */
export const ROUTES = [...between(PROTOCOL_DOC, '| method and path | who | answer |', '\nEvery HTTP error').matchAll(/^\| `(GET|POST) ([^`]+)`([^|]*)\|/gm)].map((m) => ({
  methods: m[3]!.includes('`HEAD`') ? [m[1]!, 'HEAD'] : [m[1]!],
  path: m[2]!,
  pattern: new RegExp(`^${m[2]!.replace(/<[a-zA-Z0-9]+>/g, '[^/]+').replace(/\./g, '\\.')}${m[2] === '/' ? '.*' : ''}$`),
}));

/** What the test drove to success: every declared command, push and route must end up here. */
export const covered = { commands: new Set<string>(), pushes: new Set<string>(), routes: new Set<string>(), codes: new Set<string>(), ended: new Set<string>() };

// Any JSON: the client reads answers the way the document describes them, without the project's types.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = any;
export type Ack = { ok: true; revision: number | null; data: Json } | { ok: false; code: string; message: string; issues?: { path: string; message: string }[] };

export interface Logged {
  kind: 'push' | 'ack';
  name: string;
  body: Json;
}

/** A connection: every push and ack it receives, in the order they came. */
export class Client {
  readonly log: Logged[] = [];
  readonly socket: Socket;
  constructor(socket: Socket) {
    this.socket = socket;
    socket.onAny((name: string, body: Json) => {
      this.log.push({ kind: 'push', name, body });
      covered.pushes.add(name);
      if (name === 'session.ended') covered.ended.add(body.code);
    });
  }
  pushes(name: string): Json[] {
    return this.log.filter((e) => e.kind === 'push' && e.name === name).map((e) => e.body);
  }
  /** Sends a command (`payload` left out: no payload at all) and resolves with its acknowledgement. */
  send(name: string, ...payload: [] | [unknown]): Promise<Ack> {
    return new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no acknowledgement within 10 s`)), 10_000);
      this.socket.emit(name, ...payload, (ack: Ack) => {
        clearTimeout(timer);
        this.log.push({ kind: 'ack', name, body: ack });
        if (ack.ok) covered.commands.add(name);
        else covered.codes.add(ack.code);
        resolve(ack);
      });
    });
  }
  /** A command that must succeed: its data. */
  async ok(name: string, payload: unknown = {}): Promise<Json> {
    const ack = await this.send(name, payload);
    if (!ack.ok) throw new Error(`${name} refused: ${ack.code} ${ack.message}`);
    return ack.data;
  }
  /** A command that must be refused: its code. */
  async code(name: string, ...payload: [] | [unknown]): Promise<string> {
    const ack = await this.send(name, ...payload);
    return ack.ok ? `accepted (${name})` : ack.code;
  }
  /** The first push of that name that passes `test`, already received or within `ms`. */
  async push(name: string, test: (body: Json) => boolean = () => true, ms = 5000): Promise<Json> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.pushes(name).find(test);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no ${name} push within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  close(): void {
    this.socket.disconnect();
  }
}

/** Opens a connection; resolves once `hub.welcome` came, rejects with the `connect_error` (its `data` attached). */
export function connect(url: string, auth: Record<string, unknown> = {}, extraHeaders: Record<string, string> = {}): Promise<Client> {
  const socket = io(url, { auth: { protocolVersion: PROTOCOL_VERSION, ...auth }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders });
  const client = new Client(socket);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no hub.welcome within 5 s')), 5000);
    socket.once('connect_error', (error: Error & { data?: Json }) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(error);
    });
    void client.push('hub.welcome', () => true, 5000).then(() => {
      clearTimeout(timer);
      resolve(client);
    }, reject);
  });
}

/** The `connect_error` a handshake gets (the test fails if it connects). */
export async function refusedHandshake(url: string, auth: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Promise<Json> {
  const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders });
  try {
    return await new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('the handshake was accepted')));
      socket.once('connect_error', (error: Error & { data?: Json }) => resolve(error.data));
    });
  } finally {
    socket.disconnect();
  }
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
  json: Json;
}

/** One HTTP request; a 2xx answer marks the documented route it reached as covered. */
export async function http(base: string, method: string, path: string, init: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<HttpAnswer> {
  const res = await fetch(base + path, { method, headers: init.headers ?? {}, ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) } : {}) });
  const body = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const json: Json = type.includes('json') && body.length > 0 ? JSON.parse(body.toString('utf8')) : null;
  if (res.status >= 200 && res.status < 300) {
    const pathname = path.split('?')[0]!;
    const route = ROUTES.find((r) => r.methods.includes(method) && r.pattern.test(pathname) && (r.path === '/' ? !pathname.startsWith('/api/') : true));
    if (route) covered.routes.add(`${method} ${route.path}`);
  }
  if (json && json.ok === false) covered.codes.add(json.code);
  return { status: res.status, headers: res.headers, body, json };
}

/** The status of a GET sent as written (fetch adds `Cache-Control: no-cache` to a conditional request). */
export function statusOf(base: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(base + path, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

/** A one-page PDF made by hand (objects, cross-reference table, trailer); `label` makes its bytes differ. */
export function tinyPdf(label: string): Buffer {
  const content = `% ${label}\n0 0 m 100 100 l S\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The short code under a badge's QR, derived from its token as docs/badges.md says. */
export function shortCodeOf(token: string): string {
  const mac = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');
  let bits = 0n;
  for (const byte of mac.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  const alphabet = /`(0123456789[A-Z]{22})`/.exec(BADGES_DOC)?.[1] ?? '';
  let code = '';
  for (let i = 7; i >= 0; i--) code += alphabet[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Where each collection of a change goes in a snapshot (the table of *Following a meeting*). */
const SNAPSHOT_FIELD: Record<string, string> = Object.fromEntries(
  [...between(PROTOCOL_DOC, '| collection | `id` | `value` | in the snapshot |', '- **Applying a push.**').matchAll(/^\s*\| `([a-zA-Z]+)` \|[^|]+\|[^|]+\| `([a-zA-Z]+)` \|/gm)].map((m) => [m[1]!, m[2]!]),
);

/** A snapshot after one revision's changes, applied in order as the document says. */
export function applyChanges(snapshot: Json, revision: number, changes: Json[]): Json {
  const next: Json = { ...snapshot, revision };
  for (const { collection, id, value } of changes) {
    const field = SNAPSHOT_FIELD[collection];
    if (!field) throw new Error(`a change of an undocumented collection: ${collection}`);
    if (!Array.isArray(next[field])) next[field] = value;
    else next[field] = [...next[field].filter((e: Json) => e.id !== id), ...(value === null ? [] : [value])];
  }
  return next;
}

/** The same state whatever the order of entities in each list. */
export function normalised(snapshot: Json): Json {
  const out: Json = { ...snapshot };
  for (const [key, value] of Object.entries(out)) if (Array.isArray(value)) out[key] = [...value].sort((a: Json, b: Json) => String(a.id).localeCompare(String(b.id)));
  return out;
}

/**
 * Which file drives which error code of the document's table; a code the document adds must join one of them. Two are
 * not driven, for the reason given: the test could not make them without reaching past the protocol.
 */
export const CODE_PLAN = {
  access: ['protocol_mismatch', 'unknown_event', 'not_signed_in', 'not_paired', 'bad_request', 'forbidden', 'bad_passcode', 'rate_limited', 'session_expired', 'session_elsewhere', 'not_found', 'not_published'],
  meeting: ['conflict', 'badge_malformed', 'badge_truncated', 'badge_other_meeting', 'badge_forged', 'badge_altered', 'badge_revoked'],
  http: ['payload_too_large', 'bad_document'],
  notDriven: {
    internal: 'a fault of the hub itself',
    badge_expired: 'a badge is valid until 30 days after its meeting or its issue, whichever is later: only the clock makes one expire',
  } as Record<string, string>,
};

/** The commands whose refusals and successes the access file drives; the meeting file drives the others. */
export const ACCESS_DOMAINS = ['session', 'device', 'staff', 'security', 'pairing'];
/** The commands the votes file drives (docs/protocol.md, *Votes and elections*). */
export const VOTE_DOMAINS = ['motion', 'election'];
/** The commands the speakers file drives (docs/protocol.md, *Speakers, time and announcements*). */
export const FLOOR_DOMAINS = ['speakers', 'announcements'];
/** The commands and pushes the annotations file drives (docs/protocol.md, *Annotations*). */
export const ANNOTATION_DOMAINS = ['annotations'];
export const ANNOTATION_PUSHES = ['annotations.changed'];
/** The pushes the meeting file drives; the access file drives the others. */
export const MEETING_PUSHES = ['meeting.changed', 'preload.changed', 'hall.changed'];
