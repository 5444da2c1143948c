import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { ChainVerdict } from '../../shared/domain/audit-chain.ts';
import { verifyAuditFile } from '../hub/store/audit.ts';
import { failWith, withDataOption } from './program.ts';

const hash = (value: string): string => {
  if (!/^[0-9a-f]{64}$/i.test(value)) throw new InvalidArgumentError('a head hash is 64 hex digits, as `audit verify` prints it.');
  return value.toLowerCase();
};

const plural = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);

function verdictText(v: ChainVerdict): string {
  if (!v.ok) {
    const where = v.seq === null ? 'Audit log rewritten' : `Audit log broken at entry ${v.seq}: ${v.problem}`;
    return `${where}: ${v.detail} (${plural(v.intact)} before it intact).\n`;
  }
  const known = v.knownHashSeq !== undefined ? `The head hash given is entry ${v.knownHashSeq}: the log holds it unchanged.\n` : '';
  return `Audit log intact: ${plural(v.count)}.\n${known}Head hash (entry ${v.headSeq}): ${v.headHash}\n`;
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('The audit log: every action of the meetings, append-only and hash-chained (docs/audit.md).');
  audit.addCommand(
    withDataOption(
      new Command('verify')
        .description(
          'Check the hash chain, reading the database only (the hub may be running), and print its head hash for the minutes; or name the first entry altered, removed or inserted, and exit 1.',
        )
        .option('--head <hash>', 'a head hash carried by earlier minutes: the log must still hold that entry', hash)
        .option('--json', 'the verdict as JSON', false),
    ).action((opts: { data: string; head?: string; json: boolean }) => {
      let verdict: ChainVerdict;
      try {
        verdict = verifyAuditFile(join(opts.data, 'roundtable.db'), opts.head ? { knownHash: opts.head } : {});
      } catch (error) {
        failWith(error instanceof Error ? error.message : String(error));
      }
      process.stdout.write(opts.json ? `${JSON.stringify(verdict)}\n` : verdictText(verdict));
      process.exitCode = verdict.ok ? 0 : 1;
    }),
  );
  return audit;
}
