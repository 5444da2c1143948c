import { ok, signIn, startTestHub, type TestSocket } from '../tests/support/hub.ts';
import { packImport } from './pack-import.ts';
import { guessing } from './guessing.ts';
import { seatmapBench } from './seatmap.ts';
import { readerBench } from './reader/run.ts';
import { inkBench } from './ink.ts';

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

/**
 * Check-in at the door of a congress: 1,500 delegates with badges. One desk scanning one badge after another
 * (the desk shows green the moment the ack arrives), then ten desks scanning all at once.
 */
async function checkin(): Promise<Result[]> {
  const t = await startTestHub();
  const desks: TestSocket[] = [];
  try {
    const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await ok(secretariat, 'meeting.create', { id: 'congress', title: 'Đại hội', date: new Date().toISOString().slice(0, 10) });
    const tokens: string[] = [];
    for (let n = 0; n < 1500; n++) {
      const { delegateId } = (await ok(secretariat, 'delegate.add', { meetingId: 'congress', fullName: `Đại biểu ${n}`, seat: `${n}` })).data;
      tokens.push((await ok(secretariat, 'badge.issue', { meetingId: 'congress', delegateId })).data.token);
    }
    secretariat.disconnect();
    for (let n = 0; n < 10; n++) desks.push(await signIn(t.hub.url, t.passcode, 'checkin'));

    const single: number[] = [];
    for (const token of tokens.slice(0, 300)) {
      const started = performance.now();
      await ok(desks[0]!, 'checkin.scan', { meetingId: 'congress', code: token });
      single.push(performance.now() - started);
    }
    single.sort((a, b) => a - b);

    const rest = tokens.slice(300);
    const started = performance.now();
    await Promise.all(
      desks.map(async (desk, d) => {
        for (let i = d; i < rest.length; i += desks.length) await ok(desk, 'checkin.scan', { meetingId: 'congress', code: rest[i]! });
      }),
    );
    const rate = rest.length / ((performance.now() - started) / 1000);
    return [
      { scenario: 'check-in, one desk', measure: 'scan to acknowledged (green), median / p99', value: `${ms(percentile(single, 50))} / ${ms(percentile(single, 99))}`, target: '< 100 ms p99' },
      { scenario: 'check-in, ten desks at once', measure: 'check-ins per second', value: `${Math.round(rate)}`, target: '> 50 /s (1,500 in 30 s)' },
    ];
  } finally {
    for (const d of desks) d.disconnect();
    await t.stop();
  }
}

export interface BenchOptions {
  /** Size of the generated pack for `pack-import`, in MB. */
  packMb: number;
  /** Simulated tablets (`--tablets`): the seat map's. */
  tablets: number;
}

/**
 * The scenarios that run in this process. The congress scenarios (signin, current-item, checkin-burst, download,
 * memory) run the hub and the tablets in processes of their own: bench/load/.
 */
export const SCENARIOS: Record<string, (options: BenchOptions) => Promise<Result[]>> = {
  writes,
  checkin,
  'pack-import': ({ packMb }) => packImport(packMb),
  guessing,
  seatmap: ({ tablets }) => seatmapBench(tablets, (line) => process.stderr.write(`${line}\n`)),
  reader: () => readerBench((line) => process.stderr.write(`${line}\n`)),
  ink: () => inkBench((line) => process.stderr.write(`${line}\n`)),
};
