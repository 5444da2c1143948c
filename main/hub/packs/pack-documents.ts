import type { Readable } from 'node:stream';
import type { BlobStore, StagedBlob } from '../blobs.ts';
import { inspectPdf, type InspectLimits } from '../pdf/inspect.ts';
import type { OpenedPack, PackFile } from './open-pack.ts';
import type { PackProblem } from './problems.ts';

/** What reading one document produced: its hash and size as read, whatever the consumer kept. */
export interface ReadDocument {
  sha256: string;
  bytes: number;
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
  const archive = pack.archive;
  if (!archive) return problems;
  for (const file of pack.files) {
    const name = file.entry.name;
    let outcome: { read: ReadDocument; problem?: string };
    try {
      outcome = await consume(file, await archive.open(file.entry));
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

/**
 * Stages one document (streamed to the blob store's staging area while hashed) and, when its bytes are the
 * manifest's, opens it with the hub's own PDF check (pdf/inspect.ts: pdf.js in a worker with a time and memory
 * limit, the same check as an upload and as `pdf check`). `known` gives the page count of bytes the hub already
 * holds, which were opened when they first came in. No `inspectLimits`: hashed only. The caller commits or discards `staged`.
 */
export async function stageAndCheck(
  blobs: BlobStore,
  doc: PackFile,
  stream: Readable,
  inspectLimits: InspectLimits | null,
  known: (sha256: string) => number | null = () => null,
): Promise<{ read: ReadDocument; problem?: string; staged: StagedBlob }> {
  const staged = await blobs.stage(stream, doc.bytes);
  const read = { sha256: staged.sha256, bytes: staged.bytes };
  if (read.sha256 !== doc.sha256 || read.bytes !== doc.bytes || !inspectLimits) return { read, staged };
  const knownPages = known(doc.sha256);
  const pages = knownPages ?? (await inspectPdf(staged.path, inspectLimits));
  if (typeof pages !== 'number' && !pages.ok) return { read, staged, problem: `refused ("${doc.title}"): ${pages.message}` };
  const count = typeof pages === 'number' ? pages : pages.pages;
  if (count !== doc.pages) return { read, staged, problem: `the manifest says ${doc.pages} pages, the PDF has ${count} ("${doc.title}")` };
  return { read, staged };
}
