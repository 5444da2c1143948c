import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { OpenedPack, PackFile } from './open-pack.ts';
import type { PackProblem } from './problems.ts';

/** What reading one document produced: its hash and size as read, whatever the consumer kept. */
export interface ReadDocument {
  sha256: string;
  bytes: number;
}

/** Hashes a stream to nowhere: what `verify` needs. */
export async function hashStream(stream: Readable): Promise<ReadDocument> {
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        hash.update(chunk);
        done();
      },
    }),
  );
  return { sha256: hash.digest('hex'), bytes };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Streams every document of a pack, one after the other, through `consume` (never more than one in memory
 * or on the wire at once), and compares what was read with what the signed manifest says.
 * `consume` may keep what it read (staging) and report its own problem (a PDF that will not open).
 */
export async function readDocuments(
  pack: OpenedPack,
  consume: (file: PackFile, stream: Readable) => Promise<{ read: ReadDocument; problem?: string }>,
  stopAtFirst = false,
): Promise<PackProblem[]> {
  const problems: PackProblem[] = [];
  const reader = pack.reader;
  if (!reader) return problems;
  for (const file of pack.files) {
    const name = file.entry.name;
    let outcome: { read: ReadDocument; problem?: string };
    try {
      outcome = await consume(file, await reader.open(file.entry));
    } catch (error) {
      problems.push({ entry: name, message: `unreadable ("${file.title}"): ${reasonOf(error)}` });
      if (stopAtFirst) break;
      continue;
    }
    const { read, problem } = outcome;
    if (read.bytes !== file.bytes) {
      problems.push({ entry: name, message: `size mismatch: the manifest says ${file.bytes} bytes, the file has ${read.bytes} ("${file.title}")` });
    } else if (read.sha256 !== file.sha256) {
      problems.push({ entry: name, message: `sha256 mismatch: the bytes are not the ones the manifest lists ("${file.title}" was changed or damaged)` });
    } else if (problem) {
      problems.push({ entry: name, message: problem });
    }
    if (stopAtFirst && problems.length > 0) break;
  }
  return problems;
}
