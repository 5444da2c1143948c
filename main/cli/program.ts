import { Command, InvalidArgumentError } from 'commander';
import { defaultDataDir } from '../hub/paths.ts';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return port;
}

/** A command with the options every Roundtable command shares. */
export function withDataOption(command: Command): Command {
  return command.option('--data <dir>', 'the hub data folder', defaultDataDir());
}

/** A one-line reason and a non-zero exit: what a script or a technician needs to read. */
export function failWith(message: string, code = 1): never {
  process.stderr.write(`roundtable: ${message}\n`);
  process.exit(code);
}

/** A path as one shell word: as is when it is plain, quoted for the platform's shell otherwise. */
export function shellWord(word: string, platform: string = process.platform): string {
  if (/^[\w@%+=:,./\\-]+$/.test(word)) return word;
  if (platform === 'win32') return `"${word.replace(/"/g, '""')}"`;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A CLI command to print as a hint, with the data folder in use: without `--data`, the CLI would work on the
 * default folder, which is another hub's whenever this one was started with `--data` or ROUNDTABLE_DATA.
 */
export function cliHint(command: string, dataDir: string, platform: string = process.platform): string {
  return `npm run cli -- ${command} --data ${shellWord(dataDir, platform)}`;
}
