// `npm run bench [-- --scenario <name>] [-- --tablets <n>] [-- --write]`: the speed and memory targets, measured on
// this machine. One JSON line per measurement on stdout; progress on stderr. Loopback only, bounded loops, and every
// child process killed at the end (bench/load/ipc.ts).
import { Command, InvalidArgumentError } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAll } from './load/ipc.ts';
import { CONGRESS_SCENARIOS, LOAD_SCENARIOS, type LoadScenario } from './load/measure.ts';
import { loadAverage, loadSection, machine, writeLoadSection } from './load/readme.ts';
import { type LoadOutcome, runLoad } from './load/run-load.ts';
import { medianOfRuns } from './load/runs.ts';
import { SCENARIOS, type Result } from './scenarios.ts';

const whole = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}.`);
  return n;
};
const ALL = [...LOAD_SCENARIOS, ...Object.keys(SCENARIOS)];

const program = new Command('bench')
  .option('--scenario <names>', `comma-separated, of: ${ALL.join(', ')}, or congress for the five congress scenarios (default: all but soak)`)
  .option('--tablets <n>', 'simulated tablets of the load scenarios', whole(10, 5000), 1500)
  .option('--processes <n>', 'worker processes the tablets are spread over', whole(1, 16), 2)
  .option('--rounds <n>', 'rounds of the chair setting the current item', whole(1, 500), 30)
  .option('--desk-window <n>', 'scans each of the ten desks keeps in flight during a burst', whole(1, 32), 16)
  .option('--download-tablets <n>', 'tablets fetching the 50 MB document at once', whole(1, 100), 100)
  .option('--soak-minutes <n>', "minutes of a meeting's traffic in the soak scenario", whole(1, 240), 30)
  .option('--kill-cycles <n>', 'after the load scenarios, SIGKILL the hub mid-burst this many times and check every acknowledged check-in', whole(0, 100), 0)
  .option('--runs <n>', 'measure the load scenarios this many times and report each figure from the median run (kill cycles and the soak in the last run only)', whole(1, 20), 1)
  .option('--cpu-prof', "run the hub under node --cpu-prof (the profile's path is printed and written to the README)", false)
  .option('--no-bare', 'skip the bare baselines')
  .option('--write', 'also write the results into bench/README.md', false)
  .option('--pack-mb <mb>', 'size of the pack the pack-import scenario generates and imports', whole(10, 4000), 1024)
  .parse(process.argv);
const opts = program.opts<{
  scenario?: string;
  tablets: number;
  processes: number;
  rounds: number;
  deskWindow: number;
  downloadTablets: number;
  killCycles: number;
  soakMinutes: number;
  runs: number;
  cpuProf: boolean;
  bare: boolean;
  write: boolean;
  packMb: number;
}>();

// The soak lasts half an hour: only when named.
const asked = opts.scenario ? opts.scenario.split(',').flatMap((s) => (s.trim() === 'congress' ? [...CONGRESS_SCENARIOS] : [s.trim()])) : ALL.filter((s) => s !== 'soak');
for (const name of asked) if (!ALL.includes(name)) program.error(`unknown scenario "${name}"; try ${ALL.join(', ')} or congress`);
const log = (line: string) => process.stderr.write(`${line}\n`);
const emit = (m: object) => process.stdout.write(`${JSON.stringify(m)}\n`);
const date = new Date().toISOString().slice(0, 10);
const readme = join(import.meta.dirname, 'README.md');

// Ctrl+C: the workers, the hub and the bare server go too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

const loadNames = LOAD_SCENARIOS.filter((s) => asked.includes(s));
const otherNames = Object.keys(SCENARIOS).filter((s) => asked.includes(s));

try {
  if (loadNames.length > 0 || opts.killCycles > 0) {
    const loadBefore = loadAverage();
    const profileDir = opts.cpuProf ? join(tmpdir(), `roundtable-hub-profile-${Date.now()}`) : null;
    log(`load: ${opts.tablets} tablets in ${opts.processes} processes, scenarios ${loadNames.join(', ')}${loadNames.includes('soak') ? ` (soak: ${opts.soakMinutes} minutes)` : ''}${opts.killCycles ? `, ${opts.killCycles} kill cycles` : ''}`);
    const outcomes: LoadOutcome[] = [];
    for (let run = 1; run <= opts.runs; run++) {
      const lastRun = run === opts.runs;
      if (opts.runs > 1) log(`run ${run} of ${opts.runs}…`);
      outcomes.push(
        await runLoad({
          tablets: opts.tablets,
          processes: opts.processes,
          // The soak, the kill cycles and the CPU profile once, in the last run: they are not what the median is of.
          scenarios: (lastRun ? loadNames : loadNames.filter((s) => s !== 'soak')) as LoadScenario[],
          rounds: opts.rounds,
          deskWindow: opts.deskWindow,
          downloadTablets: opts.downloadTablets,
          killCycles: lastRun ? opts.killCycles : 0,
          soakMinutes: opts.soakMinutes,
          bare: opts.bare,
          profileDir: lastRun ? profileDir : null,
          log,
          emit,
        }),
      );
    }
    const outcome = medianOfRuns(outcomes);
    if (outcome.profile?.file) log(`hub CPU profile: ${outcome.profile.file}`);
    const section = loadSection(outcome, { tablets: opts.tablets, processes: opts.processes, runs: opts.runs, date, loadBefore, loadAfter: loadAverage() });
    log(`\n${section}\n`);
    if (opts.write) {
      writeLoadSection(readme, section);
      log(`wrote ${readme}`);
    }
  }

  const results: Result[] = [];
  for (const name of otherNames) {
    log(`running ${name}…`);
    for (const r of await SCENARIOS[name]!({ packMb: opts.packMb, tablets: opts.tablets })) {
      results.push(r);
      emit(r);
    }
  }
  if (opts.write && results.length > 0) writeResults(results);
} finally {
  killAll();
}
process.exit(0);

/** Rows of the other scenarios' table: those measured now replace theirs, the others stay. */
function writeResults(results: Result[]): void {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- results:start -->');
  const end = text.indexOf('<!-- results:end -->');
  if (start < 0 || end < start) throw new Error('bench/README.md has no results markers');
  const measured = new Set(results.map((r) => r.scenario));
  const kept = text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| scenario') && !measured.has(line.split(' | ')[0]!.slice(2)));
  const table = [
    `Last written ${date} on ${machine()}; a scenario not run then keeps its row from the run before.`,
    '',
    '| scenario | measure | value | target |',
    '|---|---|---|---|',
    ...kept,
    ...results.map((r) => `| ${r.scenario} | ${r.measure} | ${r.value} | ${r.target} |`),
  ].join('\n');
  writeFileSync(readme, `${text.slice(0, start)}<!-- results:start -->\n${table}\n${text.slice(end)}`);
  log(`wrote ${readme}`);
}
