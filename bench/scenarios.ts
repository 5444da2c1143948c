import { connect, ok, signIn, startTestHub, type TestSocket } from '../tests/support/hub.ts';

export interface Result {
  scenario: string;
  measure: string;
  value: string;
  target: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * The chair sets the current item; how long until every tablet of a congress hall has the push?
 * One hub, one chair, N tablets following the demo meeting.
 */
async function currentItem(tablets: number): Promise<Result[]> {
  const t = await startTestHub({ seedDemo: true });
  const sockets: TestSocket[] = [];
  try {
    const chair = await signIn(t.hub.url, t.passcode, 'chair');
    const opened = await ok(chair, 'meeting.open', { meetingId: 'demo' });
    if (opened.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    const items = opened.data.snapshot.agendaItems.map((i) => i.id);
    for (let n = 0; n < tablets; n++) {
      const s = await connect(t.hub.url, { deviceId: `bench-${n}` });
      await ok(s, 'meeting.open', { meetingId: 'demo' });
      sockets.push(s);
    }
    const acks: number[] = [];
    const fanout: number[] = [];
    const rounds = 40;
    for (let round = 0; round < rounds; round++) {
      const itemId = items[round % items.length]!;
      const started = performance.now();
      const arrivals = sockets.map(
        (s) => new Promise<void>((resolve) => s.once('meeting.changed', () => resolve())),
      );
      await ok(chair, 'agenda.setCurrent', { meetingId: 'demo', itemId });
      acks.push(performance.now() - started);
      await Promise.all(arrivals);
      fanout.push(performance.now() - started);
    }
    acks.sort((a, b) => a - b);
    fanout.sort((a, b) => a - b);
    chair.disconnect();
    const scenario = `current item, ${tablets} tablets`;
    return [
      { scenario, measure: 'chair ack, median / p99', value: `${ms(percentile(acks, 50))} / ${ms(percentile(acks, 99))}`, target: '< 50 ms p99' },
      { scenario, measure: 'last tablet updated, median / p99', value: `${ms(percentile(fanout, 50))} / ${ms(percentile(fanout, 99))}`, target: '< 1 s p99' },
    ];
  } finally {
    for (const s of sockets) s.disconnect();
    await t.stop();
  }
}

/** Writes per second through the whole pipeline (validate, authorise, transaction with fsync, ack). */
async function writes(): Promise<Result[]> {
  const t = await startTestHub();
  try {
    const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await ok(secretariat, 'meeting.create', { id: 'w', title: 'Bench', date: '2026-01-01' });
    const count = 500;
    const started = performance.now();
    for (let n = 0; n < count; n++) await ok(secretariat, 'delegate.add', { meetingId: 'w', fullName: `Đại biểu ${n}`, seat: `S${n}` });
    const seconds = (performance.now() - started) / 1000;
    secretariat.disconnect();
    return [{ scenario: 'durable writes, one client', measure: 'acknowledged writes per second', value: `${Math.round(count / seconds)}`, target: '> 100 /s' }];
  } finally {
    await t.stop();
  }
}

export const SCENARIOS: Record<string, () => Promise<Result[]>> = {
  'current-item': async () => [...(await currentItem(60)), ...(await currentItem(500))],
  writes,
};
