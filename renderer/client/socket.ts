import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '../../shared/protocol/index.ts';

/**
 * The slice of a Socket.IO socket the HubClient uses. Kept small so tests drive the client with a fake,
 * and so this file stays the only one that imports socket.io-client.
 */
export interface SocketLike {
  readonly connected: boolean;
  /** False after the hub refused the handshake: Socket.IO then stops reconnecting by itself. */
  readonly active: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
}

export type SocketFactory = (url: string, auth: () => HandshakeAuth) => SocketLike;

export const createSocket: SocketFactory = (url, auth) => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    // A function, so every reconnection sends the current session token and resumes the session at once.
    auth: (cb) => cb({ ...auth() }),
    autoConnect: false,
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  });
  return socket as unknown as SocketLike;
};
