// The congress, prepared through the hub's own API as the secretariat prepares it: the meeting and its agenda, the
// documents uploaded and attached, the delegate list imported, a badge issued to each delegate (the token a printed
// badge's QR carries), a credential for the chair and each of ten check-in desks, then published.
import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { dataOf, pool, request } from './common.ts';
import { type BenchDocument, PRESIDIUM } from './documents.ts';
import type { DocRef } from './tablet.ts';

export const MEETING_ID = 'dai-hoi';
export const DESKS = 10;
const MS = 60_000;

export interface Congress {
  meetingId: string;
  itemIds: string[];
  /** Documents in the tablets' order: the small ones, then the 50 MB annex (last). */
  documents: DocRef[];
  /** One per delegate, in list order: the badge token and which documents the delegate may read (small ones). */
  delegates: { delegateId: string; badge: string; docs: number[]; presidium: boolean }[];
  chairSecret: string;
  deskSecrets: string[];
  /** Size in bytes of the `meeting.changed` push that setting the current item sends (JSON). */
  currentItemPushBytes: number;
}

async function secretariatSocket(url: string, passcode: string): Promise<{ socket: Socket; token: string }> {
  const socket = io(url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const { token } = dataOf<{ token: string }>(await request(socket, 'session.signIn', { passcode, role: 'secretariat' }, MS), 'secretariat sign-in');
  return { socket, token };
}

async function upload(url: string, token: string, doc: BenchDocument): Promise<void> {
  const response = await fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/pdf' },
    body: new Uint8Array(readFileSync(doc.path)),
    signal: AbortSignal.timeout(120_000),
  });
  if (response.status !== 201) throw new Error(`upload of ${doc.name} refused (${response.status}): ${await response.text()}`);
}

/** The delegate list of a congress of `n`: the first 100 are the presidium, the others in 30 groups. */
function delegateRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    fullName: `Đại biểu Nguyễn Văn ${i + 1}`,
    title: 'Đại biểu',
    organisation: `Đoàn đại biểu số ${(i % 60) + 1}`,
    group: i < 100 ? PRESIDIUM : `Tổ ${(i % 30) + 1}`,
    seat: `${i + 1}`,
  }));
}

export async function setUpCongress(url: string, passcode: string, n: number, docs: { small: BenchDocument[]; big: BenchDocument }): Promise<Congress> {
  const { socket, token } = await secretariatSocket(url, passcode);
  try {
    const meetingId = MEETING_ID;
    const ask = async <T>(event: string, payload: unknown) => dataOf<T>(await request(socket, event, payload, MS), event);
    await ask('meeting.create', { id: meetingId, title: 'Đại hội đại biểu lần thứ XIV', date: new Date().toISOString().slice(0, 10), place: 'Hội trường lớn' });
    const itemIds: string[] = [];
    for (const title of ['Khai mạc', 'Báo cáo chính trị', 'Thảo luận', 'Bầu cử', 'Nghị quyết', 'Bế mạc']) {
      itemIds.push((await ask<{ itemId: string }>('agenda.add', { meetingId, title })).itemId);
    }
    const all = [...docs.small, docs.big];
    const documents: DocRef[] = [];
    for (const doc of all) {
      await upload(url, token, doc);
      const access = doc.group ? { kind: 'groups', groups: [doc.group] } : { kind: 'all' };
      const { documentId } = await ask<{ documentId: string }>('document.add', { meetingId, itemId: itemIds[1], title: doc.title, sha256: doc.sha256, access });
      documents.push({ documentId, sha256: doc.sha256, bytes: doc.bytes });
    }
    const rows = delegateRows(n);
    await ask('delegate.import', { meetingId, delegates: rows });
    const opened = await ask<{ snapshot: { delegates: { id: string; seat: string }[] } }>('meeting.open', { meetingId });
    const idBySeat = new Map(opened.snapshot.delegates.map((d) => [d.seat, d.id]));
    const delegates = await pool(rows, 32, async (row) => {
      const delegateId = idBySeat.get(row.seat);
      if (!delegateId) throw new Error(`delegate of seat ${row.seat} missing after the import`);
      const { token: badge } = await ask<{ token: string }>('badge.issue', { meetingId, delegateId });
      const presidium = row.group === PRESIDIUM;
      // What this delegate preloads: the small documents it may read (the annex is the download scenario's).
      const mayRead = docs.small.flatMap((d, i) => (d.group === null || d.group === row.group ? [i] : []));
      return { delegateId, badge, docs: mayRead, presidium };
    });
    const chairSecret = (await ask<{ secret: string }>('staff.issue', { role: 'chair', label: 'Chủ tọa' })).secret;
    const deskSecrets: string[] = [];
    for (let d = 0; d < DESKS; d++) deskSecrets.push((await ask<{ secret: string }>('staff.issue', { role: 'checkin', label: `Bàn đón tiếp ${d + 1}` })).secret);
    await ask('meeting.publish', { meetingId });
    // The push every screen gets when the chair sets the current item: its size is what the bare relay sends.
    const pushed = new Promise<number>((resolve) => socket.once('meeting.changed', (p: unknown) => resolve(JSON.stringify(p).length)));
    await ask('agenda.setCurrent', { meetingId, itemId: itemIds[0] });
    const currentItemPushBytes = await pushed;
    return { meetingId, itemIds, documents, delegates, chairSecret, deskSecrets, currentItemPushBytes };
  } finally {
    socket.disconnect();
  }
}

/** The room's pairing code, as the secretariat's screen shows it. */
export async function pairingCode(url: string, passcode: string): Promise<string> {
  const { socket } = await secretariatSocket(url, passcode);
  try {
    return dataOf<{ code: string }>(await request(socket, 'pairing.get', {}, MS), 'pairing.get').code;
  } finally {
    socket.disconnect();
  }
}

/** Who is present, as the hub's store says (a secretariat's snapshot): attendance rows and the meeting's revision. */
export async function attendanceOf(url: string, passcode: string, meetingId: string): Promise<{ revision: number; present: string[]; rows: number; distinct: number }> {
  const { socket } = await secretariatSocket(url, passcode);
  try {
    const { snapshot } = dataOf<{ snapshot: { revision: number; attendance: { id: string; status: string }[] } }>(
      await request(socket, 'meeting.open', { meetingId }, MS),
      'meeting.open',
    );
    const present = snapshot.attendance.filter((a) => a.status === 'present').map((a) => a.id);
    return { revision: snapshot.revision, present, rows: snapshot.attendance.length, distinct: new Set(snapshot.attendance.map((a) => a.id)).size };
  } finally {
    socket.disconnect();
  }
}
