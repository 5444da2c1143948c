import { io } from 'socket.io-client';
import { type Ack, type HandshakeAuth, PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { ok, send, type TestSocket } from './hub.ts';

/**
 * A socket.io-client connection from another loopback source address (127.0.0.2, 127.0.0.3…): on Linux the whole of
 * 127.0.0.0/8 is the loopback, so a test can be many hosts of the room's network at once, without leaving the machine.
 */
export async function connectFrom(url: string, localAddress: string, auth: Partial<HandshakeAuth> = {}): Promise<TestSocket> {
  const socket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    // engine.io-client hands it to the `ws` socket, which binds to it before connecting.
    localAddress,
  } as Parameters<typeof io>[1]) as unknown as TestSocket;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** The n-th loopback address after 127.0.0.1 (n from 1 to 60,000). */
export const loopback = (n: number) => `127.0.${(n + 1) >> 8}.${(n + 1) & 255}`;

/** How a batch of attempts was answered: the count of each code (`ok` for successes). */
export function tally(acks: Ack<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of acks) {
    const key = a.ok ? 'ok' : a.code;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** A six-digit code that is not `code`. */
export const otherCode = (code: string, n: number) => String((Number(code) + 1 + n) % 1_000_000).padStart(6, '0');

/** The pairing code now, as the secretariat's screen reads it. */
export async function currentCode(secretariat: TestSocket): Promise<string> {
  return (await ok(secretariat, 'pairing.get', {})).data.code;
}

/** Pairs a device from its own loopback address; answers its socket (paired) and token. */
export async function pairFrom(url: string, localAddress: string, code: string): Promise<{ socket: TestSocket; deviceToken: string }> {
  const socket = await connectFrom(url, localAddress, { deviceName: `Máy ${localAddress}` });
  const ack = await send(socket, 'device.pair', { code });
  if (!ack.ok) throw new Error(`pairing from ${localAddress} refused: ${ack.code} ${ack.message}`);
  return { socket, deviceToken: ack.data.deviceToken };
}
