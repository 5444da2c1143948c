// A published meeting with the secretariat, the chair and delegates on tablets of their own, set up only with
// commands docs/protocol.md describes (the conformance client, see client.ts; its files import nothing of the project,
// so this lives here rather than in tests/support).
import { type Client, connect } from './client.ts';
import { type ConformanceHub, startHub } from './hub.ts';

export interface ConformanceRoom {
  hub: ConformanceHub;
  secretariat: Client;
  /** Signed in with a credential the secretariat issued; the meeting open. */
  chair: Client;
  /** One a delegate, in the order given: checked in, paired with the room's code, signed in with the badge, the meeting open. */
  tablets: { c: Client; delegateId: string }[];
  /** Closes every client kept and stops the hub. */
  stop(): Promise<void>;
}

/**
 * Starts a hub and makes meeting `meeting.id`: `prepare` adds what must be there before it is published (agenda
 * items, delegates who stay away); then each of `delegates` (a name, and a seat if given) on a tablet of their own.
 */
export async function openRoom(options: {
  meeting: { id: string; title: string; date: string };
  delegates: readonly (readonly [fullName: string, seat?: string])[];
  prepare?: (secretariat: Client) => Promise<void>;
}): Promise<ConformanceRoom> {
  const hub = await startHub();
  const open: Client[] = [];
  const keep = (c: Client) => (open.push(c), c);
  const signedIn = async (passcode: string) => {
    const c = keep(await connect(hub.url));
    await c.ok('session.signIn', { passcode });
    return c;
  };
  const m = options.meeting.id;
  const secretariat = await signedIn(hub.passcode);
  const chair = await signedIn((await secretariat.ok('staff.issue', { role: 'chair', label: 'Chủ tọa' })).secret);
  await secretariat.ok('meeting.create', options.meeting);
  await options.prepare?.(secretariat);
  await secretariat.ok('meeting.publish', { meetingId: m });
  const { code } = await secretariat.ok('pairing.get');
  const tablets: ConformanceRoom['tablets'] = [];
  for (const [fullName, seat] of options.delegates) {
    const { delegateId } = await secretariat.ok('delegate.add', { meetingId: m, fullName, ...(seat ? { seat } : {}) });
    await secretariat.ok('checkin.manual', { meetingId: m, delegateId });
    const { token } = await secretariat.ok('badge.issue', { meetingId: m, delegateId });
    const c = keep(await connect(hub.url, { deviceName: fullName }));
    await c.ok('device.pair', { code });
    await c.ok('session.badgeSignIn', { meetingId: m, code: token });
    await c.ok('meeting.open', { meetingId: m });
    tablets.push({ c, delegateId });
  }
  await chair.ok('meeting.open', { meetingId: m });
  return {
    hub,
    secretariat,
    chair,
    tablets,
    async stop() {
      for (const c of open) c.close();
      await hub.stop();
    },
  };
}
