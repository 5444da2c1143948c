import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { badgeCards } from '../hub/badges/print.ts';
import { renderBadgeSheet } from '../hub/badges/sheet.ts';
import { openHubCore } from '../hub/core.ts';
import { runCommand } from '../hub/pipeline.ts';
import { failWith, withDataOption } from './program.ts';
import { secretariatConnection } from '../hub/kernel/local-connection.ts';

const perPage = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of badges per page, e.g. 8.');
  return n;
};

export function badgesCommand(): Command {
  return withDataOption(
    new Command('badges')
      .description("Print a meeting's badges as an A4 PDF (issues a first badge to delegates who have none).")
      .requiredOption('--meeting <id>', 'the meeting id')
      .requiredOption('--out <file>', 'the PDF to write')
      .option('--per-page <n>', 'badges per A4 page', perPage, 8),
  ).action(async (opts: { data: string; meeting: string; out: string; perPage: number }) => {
    const core = openHubCore({ dataDir: opts.data, logToConsole: false });
    try {
      if (!core.store.getMeeting(opts.meeting)) failWith(`there is no meeting "${opts.meeting}" in ${core.dataDir}.`);
      // Through the command pipeline, as the secretariat's button does: the same rules, the same change log.
      const ack = runCommand(core.deps, secretariatConnection('cli'), 'badge.issueMissing', { meetingId: opts.meeting });
      if (!ack.ok) failWith(ack.message);
      const cards = badgeCards(core.store, opts.meeting);
      if (cards.length === 0) failWith(`meeting "${opts.meeting}" has no delegates to print badges for.`);
      writeFileSync(opts.out, await renderBadgeSheet(cards, { perPage: opts.perPage }));
      process.stdout.write(`${cards.length} badges written to ${opts.out}.\n`);
    } finally {
      await core.close();
    }
  });
}
