// `npm run bench [-- --scenario <name>] [-- --write] [-- --pack-mb <mb>]`: the speed and memory targets, measured on this machine.
// Loopback only: a real hub on an ephemeral port, real socket.io-client connections, bounded loops.
import { Command, InvalidArgumentError } from 'commander';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIOS, type Result } from './scenarios.ts';

const program = new Command('bench')
  .option('--scenario <name>', `one of: ${Object.keys(SCENARIOS).join(', ')} (default: all)`)
  .option('--write', 'also write the results table into bench/README.md', false)
  .option('--pack-mb <mb>', 'size of the pack the pack-import scenario generates and imports', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 10 || n > 4000) throw new InvalidArgumentError('a whole number of MB from 10 to 4000.');
    return n;
  }, 1024)
  .parse(process.argv);
const opts = program.opts<{ scenario?: string; write: boolean; packMb: number }>();

const names = opts.scenario ? [opts.scenario] : Object.keys(SCENARIOS);
for (const name of names) if (!(name in SCENARIOS)) throw new Error(`unknown scenario "${name}"; try ${Object.keys(SCENARIOS).join(', ')}`);

const results: Result[] = [];
for (const name of names) {
  process.stdout.write(`running ${name}…\n`);
  results.push(...(await SCENARIOS[name]!({ packMb: opts.packMb })));
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}`;
const date = new Date().toISOString().slice(0, 10);
const table = [
  `Measured ${date} on ${machine}.`,
  '',
  '| scenario | measure | value | target |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.scenario} | ${r.measure} | ${r.value} | ${r.target} |`),
].join('\n');
process.stdout.write(`\n${table}\n`);

if (opts.write) {
  const file = join(import.meta.dirname, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- results:start -->');
  const end = text.indexOf('<!-- results:end -->');
  if (start < 0 || end < start) throw new Error('bench/README.md has no results markers');
  writeFileSync(file, `${text.slice(0, start)}<!-- results:start -->\n${table}\n${text.slice(end)}`);
  process.stdout.write(`\nwrote ${file}\n`);
}
process.exit(0);
