import type { HandshakeAuth } from '../../../shared/protocol/index.ts';
import type { SocketFactory, SocketLike } from '../socket.ts';

type Handler = (...args: never[]) => void;
type AckHandler = (input: unknown) => unknown;

/** A scripted stand-in for a Socket.IO socket: tests answer commands and push events by hand. */
export class FakeSocket implements SocketLike {
  connected = false;
  active = true;
  readonly sent: { name: string; input: unknown }[] = [];
  /** Handlers answering commands; a command without one never gets an ack (a lost answer). */
  readonly answers = new Map<string, AckHandler>();
  private readonly handlers = new Map<string, Set<Handler>>();
  handshakes: HandshakeAuth[] = [];
  /** Acks of commands held back with `hold`, answered later by the test. */
  readonly held: ((res: unknown) => void)[] = [];
  private readonly holding = new Set<string>();

  private readonly auth: () => HandshakeAuth;

  constructor(auth: () => HandshakeAuth) {
    this.auth = auth;
  }

  on(event: string, listener: Handler): this {
    const set = this.handlers.get(event) ?? new Set();
    set.add(listener);
    this.handlers.set(event, set);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    const [input, ack] = args as [unknown, ((res: unknown) => void) | undefined];
    this.sent.push({ name: event, input });
    if (ack && this.holding.has(event)) {
      this.held.push(ack);
      return this;
    }
    const answer = this.answers.get(event);
    if (answer && ack) {
      const result = answer(input);
      if (result !== undefined) queueMicrotask(() => ack(result));
    }
    return this;
  }

  /** Keeps the acks of `event` in `held` instead of answering. */
  hold(event: string): void {
    this.holding.add(event);
  }

  connect(): this {
    return this;
  }

  disconnect(): this {
    return this;
  }

  /** The hub accepts the handshake. */
  open(): void {
    this.handshakes.push(this.auth());
    this.connected = true;
    this.fire('connect');
  }

  drop(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  refuse(code: string, message = code): void {
    this.active = false;
    this.fire('connect_error', Object.assign(new Error(message), { data: { code, message } }));
  }

  push(event: string, payload: unknown): void {
    this.fire(event, payload);
  }

  sentNames(): string[] {
    return this.sent.map((s) => s.name);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) (handler as (...a: unknown[]) => void)(...args);
  }
}

export function fakeSocketFactory(): { factory: SocketFactory; socket: () => FakeSocket } {
  let created: FakeSocket | null = null;
  return {
    factory: (_url, auth) => (created = new FakeSocket(auth)),
    socket: () => {
      if (!created) throw new Error('no socket created yet');
      return created;
    },
  };
}
