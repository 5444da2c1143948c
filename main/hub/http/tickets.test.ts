import { describe, expect, it } from 'vitest';
import { readTicketRequest, ticketPathAllowed, Tickets } from './tickets.ts';

const PATH = '/api/meetings/demo/badges.pdf';
const AUTH = { authorization: 'Bearer sec' };

function tickets(options: { max?: number } = {}) {
  let now = 1_000;
  let n = 0;
  const t = new Tickets({ ttlMs: 60_000, now: () => now, random: () => `t${++n}`, ...options });
  return { t, tick: (ms: number) => (now += ms) };
}

describe('Tickets', () => {
  it('redeems a ticket once, for its path, within its minute', () => {
    const { t } = tickets();
    const ticket = t.issue(AUTH, PATH)!;
    expect(t.redeem(ticket, PATH)).toEqual(AUTH);
    expect(t.redeem(ticket, PATH)).toBeNull();
  });

  it('refuses an expired ticket', () => {
    const { t, tick } = tickets();
    const ticket = t.issue(AUTH, PATH)!;
    tick(60_000);
    expect(t.redeem(ticket, PATH)).toBeNull();
  });

  it('refuses a ticket on another path, and uses it up', () => {
    const { t } = tickets();
    const ticket = t.issue(AUTH, PATH)!;
    expect(t.redeem(ticket, '/api/meetings/other/badges.pdf')).toBeNull();
    expect(t.redeem(ticket, PATH)).toBeNull();
  });

  it('refuses an unknown ticket', () => {
    expect(tickets().t.redeem('nope', PATH)).toBeNull();
  });

  it('keeps a bounded number outstanding, expired ones making room', () => {
    const { t, tick } = tickets({ max: 2 });
    expect(t.issue(AUTH, PATH)).not.toBeNull();
    expect(t.issue(AUTH, PATH)).not.toBeNull();
    expect(t.issue(AUTH, PATH)).toBeNull();
    tick(60_001);
    expect(t.issue(AUTH, PATH)).not.toBeNull();
    expect(t.size).toBe(1);
  });

  it('keeps a copy of the credentials it was asked with', () => {
    const { t } = tickets();
    const credentials = { authorization: 'Bearer a', 'x-device-token': 'd' };
    const ticket = t.issue(credentials, PATH)!;
    credentials.authorization = 'Bearer changed';
    expect(t.redeem(ticket, PATH)).toEqual({ authorization: 'Bearer a', 'x-device-token': 'd' });
  });

  it('makes unguessable tickets by default', () => {
    const t = new Tickets();
    const a = t.issue(AUTH, PATH)!;
    const b = t.issue(AUTH, PATH)!;
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('ticket requests', () => {
  it('open only the downloads a browser opens itself', () => {
    expect(ticketPathAllowed(PATH)).toBe(true);
    expect(ticketPathAllowed('/api/meetings/demo/delegates/p1/badge.png')).toBe(true);
    expect(ticketPathAllowed('/api/meetings/demo/pack')).toBe(true);
    expect(ticketPathAllowed(`/api/documents/${'a'.repeat(64)}`)).toBe(true);
    for (const path of ['/api/tickets', '/api/packs', '/api/documents', `${PATH}?x=1`, '/api/meetings/../badges.pdf', '/console/demo', '']) {
      expect(ticketPathAllowed(path)).toBe(false);
    }
  });

  it('read { path } and refuse anything else with a reason', () => {
    expect(readTicketRequest(JSON.stringify({ path: PATH }))).toEqual({ ok: true, path: PATH });
    for (const body of ['', 'null', '[]', '"x"', '{}', '{"path":1}', '{"path":"/api/tickets"}', '{', JSON.stringify({ path: 'x'.repeat(5000) })]) {
      expect(readTicketRequest(body).ok).toBe(false);
    }
  });
});
