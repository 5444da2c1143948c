import { describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { memoryStorage } from '../platform/index.ts';
import { HubClient } from './HubClient.ts';
import { fakeSocketFactory } from './testing/fakeSocket.ts';

const ok = (data: unknown, revision: number | null = null) => ({ ok: true, revision, data });
const sha = 'c'.repeat(64);

function setup(answer: (init: RequestInit) => Response | Promise<Response> = () => new Response('x')) {
  const storage = memoryStorage();
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer(init);
  }) as typeof globalThis.fetch;
  const fake = fakeSocketFactory();
  const client = new HubClient({ platform: { hubUrl: 'http://hub', deviceName: 't', storage }, createSocket: fake.factory, fetch });
  return { client, calls, storage, socket: fake.socket() };
}

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('HubClient.requestDocument (the preloader’s downloads)', () => {
  it('asks for the rest of a file with a Range header, with the device token, and hands back the response as it is', async () => {
    const { client, calls, storage } = setup(() => new Response('rest', { status: 206, headers: { 'Content-Range': 'bytes 100-103/104' } }));
    storage.setItem('roundtable.deviceToken', 'device-token');
    const response = await client.requestDocument(sha, 100);
    expect(response.status).toBe(206);
    expect(calls[0]!.url).toBe(`http://hub/api/documents/${sha}`);
    expect(calls[0]!.init.headers).toEqual({ 'X-Device-Token': 'device-token', Range: 'bytes=100-' });
    expect(calls[0]!.init.cache).toBe('no-store');
    await client.requestDocument(sha, 0);
    expect(calls[1]!.init.headers).toEqual({ 'X-Device-Token': 'device-token' });
  });

  it('passes refusals through, and turns an unreachable hub into a HubError network', async () => {
    const refused = await setup(() => new Response('{}', { status: 403 })).client.requestDocument(sha, 0);
    expect(refused.status).toBe(403);
    const down = setup(() => Promise.reject(new TypeError('fetch failed')));
    await expect(down.client.requestDocument(sha, 5)).rejects.toMatchObject({ name: 'HubError', code: 'network' });
  });
});

describe('HubClient: the meeting between two screens (agenda ↔ viewer)', () => {
  const snapshot = (revision: number): MeetingSnapshot => ({
    revision,
    meeting: { id: 'demo', title: 'Kỳ họp', date: '2025-03-01', place: '', status: 'published', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } },
    agendaItems: [],
    documents: [],
    delegates: [],
    attendance: [],
    quorum: { rule: { kind: 'majority' }, members: 0, present: 0, required: 1, missing: 1, reached: false },
    motions: [],
    elections: [],
    ballotCounts: [],
    speeches: [],
    itemTimes: [],
    speakingLimits: { id: 'demo', meetingSeconds: null, items: {} },
    announcements: [],
    presentation: { id: 'demo', documentId: null, page: null, access: null, hidden: false, since: null },
  });

  it('keeps the last snapshot when the next screen follows the same meeting, asking only for what changed', async () => {
    const { client, socket } = setup();
    socket.answers.set('meeting.open', (input) => {
      const since = (input as { sinceRevision?: number }).sinceRevision;
      return ok(since === undefined ? { mode: 'snapshot', snapshot: snapshot(7) } : { mode: 'changes', revision: since, changes: [] });
    });
    client.start();
    socket.open();
    client.follow('demo');
    await flush();
    expect(client.state.meeting?.snapshot?.revision).toBe(7);
    client.unfollow('demo');
    socket.drop(); // the hub goes away between the two screens
    client.follow('demo');
    expect(client.state.meeting?.snapshot?.revision).toBe(7);
    socket.open();
    await flush();
    const opens = socket.sent.filter((s) => s.name === 'meeting.open').map((s) => s.input);
    expect(opens.at(-1)).toEqual({ meetingId: 'demo', sinceRevision: 7 });
    client.stop();
  });

  it('forgets it when the session changes (what a reader may see depends on who reads)', async () => {
    const { client, socket } = setup();
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: snapshot(3) }));
    socket.answers.set('session.signIn', () => ok({ token: 't', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2099-01-01T00:00:00.000Z' }));
    client.start();
    socket.open();
    client.follow('demo');
    await flush();
    client.unfollow('demo');
    await client.signIn('pass');
    client.follow('demo');
    expect(client.state.meeting?.snapshot).toBeNull();
    client.stop();
  });
});
