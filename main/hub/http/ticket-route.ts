import type { IncomingMessage } from 'node:http';
import { readBody } from './body.ts';
import type { Identified } from './caller.ts';
import type { HttpRequest } from './context.ts';
import { fail, json } from './reply.ts';
import { type Credentials, readTicketRequest } from './tickets.ts';

/** The headers a ticket stands for: the session's bearer token and the device's own token. */
function credentialsOf(req: IncomingMessage): Credentials {
  const out: Credentials = {};
  for (const name of ['authorization', 'x-device-token']) {
    const value = req.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** `POST /api/tickets` `{ path }`: a one-time link for a download a browser opens itself (tickets.ts). */
export async function issueTicket({ req, res, tickets }: HttpRequest<Identified>): Promise<void> {
  const body = await readBody(req, 4096);
  if (!body) {
    res.setHeader('Connection', 'close');
    return fail(res, 'payload_too_large', 'A ticket request is a small JSON object: { "path": "/api/…" }.');
  }
  const asked = readTicketRequest(body.toString('utf8'));
  if (!asked.ok) return fail(res, 'bad_request', asked.message);
  const issued = tickets.issue(credentialsOf(req), asked.path);
  if (!issued) return fail(res, 'rate_limited', 'Too many download links are waiting to be used; try again in a minute.');
  json(res, 201, { ok: true, ticket: issued, path: asked.path, expiresInSeconds: tickets.ttlMs / 1000 });
}
