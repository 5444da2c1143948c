import { openSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { FILE_MODE } from './private-files.ts';

/** `hub.2025-03-01.4.log`: the local day the file was started on and its number within that day. */
const FILE_NAME = /^(.+)\.(\d{4}-\d{2}-\d{2})\.(\d+)\.log$/;

export interface LogFileOptions {
  dir: string;
  /** The files' first name: `<name>.<yyyy-MM-dd>.<n>.log`. */
  name: string;
  /** A file is closed and the next one started once this many bytes are in it. */
  maxBytes: number;
  /** Files kept in the folder, the one being written and those of earlier runs included; older ones are deleted. */
  keep: number;
  /** Milliseconds since the epoch (tests move the clock); the day is the local one. */
  now?: () => number;
}

/** An output of lines written asynchronously: the log file, the console. */
export interface LineOutput {
  write(line: string): void;
  /** Calls back once everything written so far is out. */
  flush(done: () => void): void;
  /** Writes what is left and closes; later lines are dropped. */
  end(): Promise<void>;
}

export interface LogFile extends LineOutput {
  /** The file now written to. */
  readonly path: string;
}

type Stream = ReturnType<typeof pino.destination>;

/**
 * Lines to an open file descriptor through pino's SonicBoom: each written at once but asynchronously (on libuv's pool,
 * the hub's thread never waits for the disk), and whatever is still buffered written synchronously if the process
 * exits (pino registers that). minLength 1 writes each line at once like 0, but makes `flush` wait for the write
 * under way rather than return at once.
 */
export function lineStream(fd: number, onError: (error: Error) => void): Stream {
  const stream = pino.destination({ dest: fd, sync: false, minLength: 1 });
  stream.on('error', onError);
  return stream;
}

/** Flushes and closes a line stream (SonicBoom leaves fds 1 and 2 open). */
export function endStream(stream: Stream): Promise<void> {
  return new Promise<void>((resolve) => {
    stream.once('close', () => resolve());
    stream.end();
  });
}

/**
 * The hub's log file, rotated in the hub's own thread: a new file at the first line of each day and whenever one
 * passes `maxBytes`, the newest `keep` kept (0600). Each file is opened synchronously, so a line is never waiting for
 * an open when the process exits; a file that cannot be opened is reported to `onError` and its lines dropped.
 */
export function openLogFile(options: LogFileOptions, onError: (error: Error) => void): LogFile {
  const { dir, name, maxBytes, keep } = options;
  const now = options.now ?? Date.now;
  const fileName = (day: string, number: number) => `${name}.${day}.${number}.log`;

  const files = () => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return []; // the folder gone: opening the file says so
    }
    return names.flatMap((file) => {
      const found = FILE_NAME.exec(file);
      return found && found[1] === name ? [{ file, day: found[2]!, number: Number(found[3]) }] : [];
    });
  };
  const sizeOf = (file: string) => {
    try {
      return statSync(join(dir, file)).size;
    } catch {
      return 0;
    }
  };
  /** The day's last file if it has room (a restarted hub goes on where the last one stopped), else the next. */
  const startOf = (day: string) => {
    const last = Math.max(0, ...files().filter((f) => f.day === day).map((f) => f.number));
    return last > 0 && sizeOf(fileName(day, last)) < maxBytes ? last : last + 1;
  };
  /** Deletes all but the newest `keep` files; the one being written is always among those kept. */
  const prune = (current: string) => {
    const older = files()
      .filter((f) => f.file !== current)
      .sort((a, b) => (a.day === b.day ? b.number - a.number : a.day < b.day ? 1 : -1));
    for (const { file } of older.slice(Math.max(0, keep - 1))) {
      try {
        unlinkSync(join(dir, file));
      } catch {
        // Already gone: another process on the same folder (the CLI) pruned it too.
      }
    }
  };

  let day = '';
  let dayEnds = 0;
  let number = 0;
  let current = '';
  let size = 0;
  let stream: Stream | null = null;
  /** Files left behind, still writing what they buffered: a flush waits for them too. */
  const closing = new Set<Promise<void>>();
  let ended = false;
  /** Moves to the file; the previous one is closed once what it still buffers is written. */
  const moveTo = (nextDay: string, nextNumber: number) => {
    day = nextDay;
    number = nextNumber;
    current = fileName(day, number);
    size = sizeOf(current);
    const previous = stream;
    try {
      stream = lineStream(openSync(join(dir, current), 'a', FILE_MODE), onError);
    } catch (error) {
      stream = null;
      onError(error as Error);
    }
    if (previous) {
      const closed = endStream(previous).then(() => void closing.delete(closed));
      closing.add(closed);
    }
    prune(current);
  };
  const toToday = (at: number) => {
    dayEnds = new Date(new Date(at).setHours(24, 0, 0, 0)).getTime();
    const today = localDay(at);
    if (today !== day) moveTo(today, startOf(today));
  };
  toToday(now());

  return {
    get path() {
      return join(dir, current);
    },
    write(line) {
      if (ended) return;
      const at = now();
      if (at >= dayEnds) toToday(at);
      if (!stream) return;
      stream.write(line);
      size += Buffer.byteLength(line);
      if (size >= maxBytes) moveTo(day, number + 1);
    },
    flush(done) {
      const open = ended ? null : stream;
      const current = open ? new Promise<void>((resolve) => open.flush(() => resolve())) : null;
      void Promise.all([current, ...closing]).then(() => done());
    },
    async end() {
      if (ended) return;
      ended = true;
      await Promise.all([stream ? endStream(stream) : null, ...closing]);
    },
  };
}

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
