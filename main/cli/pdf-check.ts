import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import { DEFAULT_INSPECT_LIMITS, inspectPdf, type InspectOutcome } from '../hub/pdf/inspect.ts';

/** The check's outcome, or `missing` for a path that is no file (the CLI's own reason). */
type Outcome = InspectOutcome | { ok: false; reason: 'missing'; message: string };
type Line = { file: string } & Outcome;

/** The import's own PDF check, on loose files before a meeting: one line per file. */
export function pdfCommand(): Command {
  const pdf = new Command('pdf').description('Check PDF files the way the hub does when they are imported.');
  pdf.addCommand(
    new Command('check')
      .description('Open each file with pdf.js (time and memory limited) and say "accepted <n> pages" or "refused: <reason>". Exit code 0 when all are accepted, 1 otherwise.')
      .argument('<files...>', 'PDF files')
      .option('--json', 'one JSON object per file, for machines', false)
      .action(async (files: string[], opts: { json: boolean }) => {
        const lines: Line[] = [];
        for (const file of files) {
          const outcome: Outcome =
            !existsSync(file) || !statSync(file).isFile()
              ? { ok: false, reason: 'missing', message: 'No such file.' }
              : await inspectPdf(file, DEFAULT_INSPECT_LIMITS);
          lines.push({ file, ...outcome });
          if (opts.json) process.stdout.write(`${JSON.stringify({ file, ...outcome })}\n`);
          else process.stdout.write(`${basename(file)}: ${outcome.ok ? `accepted ${outcome.pages} pages` : `refused: ${outcome.message}`}\n`);
        }
        process.exitCode = lines.every((l) => l.ok) ? 0 : 1;
      }),
  );
  return pdf;
}
