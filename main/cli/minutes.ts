import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { SHEET_NAMES } from '../../shared/domain/minutes/index.ts';
import { openHubCore } from '../hub/core.ts';
import { hubTimeZone, minutesCsv, minutesFileName, minutesOf, minutesRecords, type MinutesRequest } from '../hub/minutes/make.ts';
import { renderMinutesPdf } from '../hub/minutes/pdf.ts';
import { failWith, withDataOption } from './program.ts';

const oneOf =
  <T extends string>(values: readonly T[], what: string) =>
  (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`${what} is ${values.join(' or ')}.`);
    return value as T;
  };

const timeZone = (value: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new InvalidArgumentError('a time zone as the IANA database names it, e.g. Asia/Ho_Chi_Minh.');
  }
  return value;
};

interface Options extends MinutesRequest {
  data: string;
  meeting: string;
  out: string;
  csv?: string;
}

export function minutesCommand(): Command {
  return withDataOption(
    new Command('minutes')
      .description("Make a meeting's minutes: an A4 PDF in Vietnamese or English laid out as an administrative document, and with --csv the attendance, speakers, votes and voters as CSV (UTF-8 with BOM). A meeting not yet ended gives draft minutes, marked so.")
      .requiredOption('--meeting <id>', 'the meeting id')
      .requiredOption('--out <file>', 'the PDF to write')
      .option('--lang <vi|en>', 'the language of the minutes', oneOf(['vi', 'en'] as const, 'the language'), 'vi')
      .option('--header <state|party>', 'the header: the national motto (state bodies) or the Party\'s name (Party bodies)', oneOf(['state', 'party'] as const, 'the header'), 'state')
      .option('--body <name>', 'the issuing body, for the header\'s left column (a line break as \\n)', '')
      .option('--locality <name>', 'the place name of the date line, where the body sits (e.g. "Hà Nội")', '')
      .option('--time-zone <zone>', 'the room\'s clock, e.g. Asia/Ho_Chi_Minh (default: this machine\'s)', timeZone, hubTimeZone())
      .option('--csv <dir>', 'also write attendance, speakers, votes and voters as CSV files in this folder'),
  ).action(async (opts: Options) => {
    // Never create a hub where there was none: a mistyped --data would otherwise make an empty one and say "no meeting".
    if (!existsSync(join(opts.data, 'roundtable.db'))) failWith(`there is no hub data in ${opts.data} (no roundtable.db).`);
    const core = openHubCore({ dataDir: opts.data, logToConsole: false });
    try {
      const records = minutesRecords(core.store, opts.meeting);
      if (!records.ok) failWith(records.message);
      const request: MinutesRequest = { lang: opts.lang, header: opts.header, body: opts.body.replace(/\\n/g, '\n'), locality: opts.locality, timeZone: opts.timeZone };
      const minutes = minutesOf(records.source, request);
      writeFileSync(opts.out, await renderMinutesPdf(minutes));
      process.stdout.write(`${minutes.draft ? 'Draft minutes (the meeting has not ended)' : 'Minutes'} written to ${opts.out}.\n`);
      if (opts.csv) {
        mkdirSync(opts.csv, { recursive: true });
        for (const name of SHEET_NAMES) {
          const file = join(opts.csv, minutesFileName(opts.meeting, opts.lang, name));
          writeFileSync(file, minutesCsv(name, records.source, request));
          process.stdout.write(`${file}\n`);
        }
      }
    } finally {
      await core.close();
    }
  });
}
