import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandName } from '../../shared/protocol/index.ts';
import { CommandError, type Handler, definePreparedHandler, defineHandler } from './commands/context.ts';
import { fixedConnection } from './kernel/local-connection.ts';
import type { HubServices } from './kernel/services.ts';
import { createDispatcher, MAX_WAITING, runCommand, type PipelineDeps } from './pipeline.ts';
import { openStore, type Store } from './store/store.ts';

/** A step the test releases by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const staff = (role: 'secretariat' | 'chair' = 'secretariat') =>
  fixedConnection({ role, session: 's', delegateId: null, meetingId: null, deviceId: null, address: '127.0.0.1', paired: true });

describe('commands with a prepare step', () => {
  let store: Store;
  afterEach(() => store.close());

  function deps(handlers: Handler[]): PipelineDeps {
    store = openStore(':memory:');
    return {
      store,
      registry: new Map(handlers.map((h) => [h.name, h] as [CommandName, Handler])),
      services: {} as HubServices,
      logger: pino({ level: 'silent' }),
      broadcast: () => {},
    };
  }

  it('waits for the step without holding other connections, and keeps the order of each connection', async () => {
    const slow = gate();
    const order: string[] = [];
    const d = deps([
      definePreparedHandler('pairing.rotate', {
        prepare: async () => {
          await slow.opened;
          return 'hashed';
        },
        run: (_ctx, _input, prepared) => {
          order.push(`rotate:${prepared}`);
          return { code: prepared };
        },
      }) as Handler,
      defineHandler('meeting.list', () => {
        order.push('list');
        return { meetings: [] };
      }) as Handler,
    ]);
    const dispatch = createDispatcher(d);
    const mine = staff();
    const other = staff();
    const first = dispatch(mine, 'pairing.rotate', {});
    const second = dispatch(mine, 'meeting.list', {});
    // Another connection is answered while the first one's step is still running.
    expect(await dispatch(other, 'meeting.list', {})).toMatchObject({ ok: true });
    expect(order).toEqual(['list']);
    slow.open();
    expect(await first).toEqual({ ok: true, revision: null, data: { code: 'hashed' } });
    expect(await second).toMatchObject({ ok: true });
    expect(order).toEqual(['list', 'rotate:hashed', 'list']);
  });

  it('answers a refusal from the step with its code, and runs nothing', async () => {
    let ran = false;
    const d = deps([
      definePreparedHandler('pairing.rotate', {
        prepare: () => Promise.reject(new CommandError('bad_passcode', 'no')),
        run: () => {
          ran = true;
          return { code: 'x' };
        },
      }) as Handler,
    ]);
    expect(await createDispatcher(d)(staff(), 'pairing.rotate', {})).toEqual({ ok: false, code: 'bad_passcode', message: 'no' });
    expect(ran).toBe(false);
  });

  it('checks the connection again after the step: a role lost meanwhile is refused', async () => {
    const slow = gate();
    const d = deps([definePreparedHandler('pairing.rotate', { prepare: () => slow.opened, run: () => ({ code: 'x' }) }) as Handler]);
    const connection = staff();
    const answer = createDispatcher(d)(connection, 'pairing.rotate', {});
    (connection.principal as { role: string }).role = 'chair';
    slow.open();
    expect(await answer).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('is refused by the synchronous path, which cannot run its step', () => {
    const d = deps([definePreparedHandler('pairing.rotate', { prepare: () => 'x', run: () => ({ code: 'x' }) }) as Handler]);
    expect(runCommand(d, staff(), 'pairing.rotate', {})).toMatchObject({ ok: false, code: 'internal' });
  });

  it('queues at most a few commands behind a pending step, and refuses the rest at once', async () => {
    const slow = gate();
    const d = deps([
      definePreparedHandler('pairing.rotate', { prepare: () => slow.opened, run: () => ({ code: 'x' }) }) as Handler,
      defineHandler('meeting.list', () => ({ meetings: [] })) as Handler,
    ]);
    const dispatch = createDispatcher(d);
    const connection = staff();
    const answers = [dispatch(connection, 'pairing.rotate', {}), ...Array.from({ length: MAX_WAITING + 5 }, () => dispatch(connection, 'meeting.list', {}))];
    slow.open();
    const settled = await Promise.all(answers);
    expect(settled.filter((a) => !a.ok && a.code === 'rate_limited')).toHaveLength(6);
    expect(settled.filter((a) => a.ok)).toHaveLength(MAX_WAITING);
  });

  it('lets the commands of one connection without a slow step go to the group commit together, in order, never refused for waiting', async () => {
    const order: number[] = [];
    const d = deps([
      defineHandler('meeting.list', () => {
        order.push(order.length);
        return { meetings: [] };
      }) as Handler,
    ]);
    const dispatch = createDispatcher(d);
    const connection = staff();
    const answers = await Promise.all(Array.from({ length: MAX_WAITING * 3 }, () => dispatch(connection, 'meeting.list', {})));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(order).toEqual(Array.from({ length: MAX_WAITING * 3 }, (_, i) => i));
  });

  it('holds the next commands of a connection behind one that changes who the connection is, until it is committed', async () => {
    const seen: string[] = [];
    const connection = staff('chair');
    const d = deps([
      defineHandler(
        'session.signOut',
        (ctx) => {
          ctx.afterCommit(() => {
            (connection.principal as { role: string }).role = 'secretariat';
          });
          return {};
        },
        { changesConnection: true },
      ) as Handler,
      defineHandler('meeting.list', (ctx) => {
        seen.push(ctx.principal.role);
        return { meetings: [] };
      }) as Handler,
    ]);
    const dispatch = createDispatcher(d);
    const answers = await Promise.all([dispatch(connection, 'session.signOut', {}), dispatch(connection, 'meeting.list', {})]);
    expect(answers.map((a) => a.ok)).toEqual([true, true]);
    // Checked after the first was committed, as whoever it made the connection.
    expect(seen).toEqual(['secretariat']);
  });
});
