import { connect, makeMeeting, ok, signIn, startTestHub, type TestHub, type TestSocket } from './hub.ts';

/** A delegate's tablet in a voting room: paired, signed in with the badge, following the meeting. */
export interface VotingTablet {
  socket: TestSocket;
  delegateId: string;
  fullName: string;
  /** What the tablet keeps to come back after the hub restarts. */
  deviceToken: string;
  sessionToken: string;
}

/**
 * A published meeting with `n` delegates, every one checked in, each signed in on a tablet of their own (paired with
 * the room's code, badge issued): what a vote needs. The chair's and the secretariat's connections follow it.
 * `names` gives the delegates' names (else "Đại biểu 001"…).
 */
export async function votingRoom(url: string, passcode: string, n: number, meetingId = 'vote', names: readonly string[] = []) {
  const secretariat = await signIn(url, passcode, 'secretariat');
  const chair = await signIn(url, passcode, 'chair');
  const { items } = await makeMeeting(secretariat, meetingId);
  await ok(secretariat, 'meeting.publish', { meetingId });
  await ok(chair, 'agenda.setCurrent', { meetingId, itemId: items.b });
  const { code } = (await ok(secretariat, 'pairing.get', {})).data;
  const tablets: VotingTablet[] = [];
  for (let i = 1; i <= n; i++) {
    const fullName = names[i - 1] ?? `Đại biểu ${String(i).padStart(3, '0')}`;
    const { delegateId } = (await ok(secretariat, 'delegate.add', { meetingId, fullName, seat: `A${i}` })).data;
    await ok(secretariat, 'checkin.manual', { meetingId, delegateId });
    const { token } = (await ok(secretariat, 'badge.issue', { meetingId, delegateId })).data;
    const socket = await connect(url, { deviceName: `Máy tính bảng ${i}` });
    const { deviceToken } = (await ok(socket, 'device.pair', { code })).data;
    const { token: sessionToken } = (await ok(socket, 'session.badgeSignIn', { meetingId, code: token })).data;
    await ok(socket, 'meeting.open', { meetingId });
    tablets.push({ socket, delegateId, fullName, deviceToken, sessionToken });
  }
  await ok(secretariat, 'meeting.open', { meetingId });
  await ok(chair, 'meeting.open', { meetingId });
  return {
    meetingId,
    items,
    secretariat,
    chair,
    tablets,
    close() {
      for (const s of [secretariat, chair, ...tablets.map((t) => t.socket)]) s.disconnect();
    },
  };
}

export type VotingRoom = Awaited<ReturnType<typeof votingRoom>>;

/**
 * A test hub of its own with a voting room on it (see votingRoom), reached at its loopback address `url`; `stop` closes
 * the room's connections and stops the hub.
 */
export async function hubWithVotingRoom(n: number, meetingId?: string): Promise<{ t: TestHub; url: string; room: VotingRoom; stop(): Promise<void> }> {
  const t = await startTestHub();
  const url = `http://127.0.0.1:${t.hub.port}`;
  const room = await votingRoom(url, t.passcode, n, meetingId).catch(async (error: unknown) => {
    await t.stop();
    throw error;
  });
  return {
    t,
    url,
    room,
    async stop() {
      room.close();
      await t.stop();
    },
  };
}

/** A tablet connecting again with what it kept: its device and its delegate's session. */
export function reconnectTablet(url: string, tablet: VotingTablet): Promise<TestSocket> {
  return connect(url, { deviceToken: tablet.deviceToken, sessionToken: tablet.sessionToken });
}

/** A client-made cast id, as a tablet makes one for each vote it means to cast. */
export const castId = () => crypto.randomUUID();
