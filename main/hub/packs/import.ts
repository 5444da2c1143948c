import { rm } from 'node:fs/promises';
import type { PackImportResult, PackManifest } from '../../../shared/protocol/pack.ts';
import type { BlobStore, StagedBlob } from '../blobs.ts';
import type { Logger } from '../logger.ts';
import { DEFAULT_INSPECT_LIMITS, type InspectLimits } from '../pdf/inspect.ts';
import type { PipelineDeps } from '../pipeline.ts';
import type { Store } from '../store/store.ts';
import { fingerprint, signerTrust } from './keys.ts';
import { hubPackLimits, type PackLimits } from './limits.ts';
import { openPack } from './open-pack.ts';
import { readDocuments, stageAndCheck } from './pack-documents.ts';
import { PackError } from './problems.ts';
import { writePackedMeeting } from './write-meeting.ts';

/** What an import needs of a hub: `HubCore` has it, and so does the HTTP layer. */
export interface PackHub {
  store: Store;
  blobs: BlobStore;
  logger: Logger;
  deps: PipelineDeps;
}

export interface ImportOptions {
  /** Replace a meeting with the same id (its agenda, documents and delegates become the pack's). */
  replace?: boolean;
  /** Import a pack signed by a hub this one does not know. */
  trust?: boolean;
  /** Default: this hub's (`pack limit`). */
  limits?: PackLimits;
  inspectLimits?: InspectLimits;
  /** Who imports, for the change log (`secretariat:<session>`, `cli`). */
  actor?: string;
}

export type ImportResult = PackImportResult;

/**
 * Imports a `.rtpack` all or nothing. Everything is checked before anything is kept: the zip's entries
 * (no path tricks, duplicates, missing or extra files), the manifest's schema and signature, the signer,
 * every document's sha256 and size (streamed entry by entry into the blob store's staging area) and
 * whether pdf.js opens it. Only then are the blobs committed and the meeting written in one transaction.
 * A refusal throws a `PackError` naming the entry and the reason; the hub is then as it was.
 */
export async function importPack(hub: PackHub, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { store, blobs, logger } = hub;
  const pack = await openPack(file, options.limits ?? hubPackLimits(store));
  const staged: StagedBlob[] = [];
  try {
    if (pack.problems.length > 0 || !pack.manifest || !pack.signatureValid) {
      throw new PackError(pack.tooLarge ? 'too_large' : 'bad_pack', pack.problems);
    }
    const manifest: PackManifest = pack.manifest;
    const trust = signerTrust(store, manifest.hub);
    if (!trust.trusted && !options.trust) {
      throw new PackError('untrusted', [{ entry: null, message: `${trust.message}: import it only if you know where it comes from (trust its signer)` }]);
    }
    const existing = store.getMeeting(manifest.meeting.id);
    if (existing?.status === 'closed') {
      throw new PackError('conflict', [{ entry: null, message: `meeting "${existing.id}" is closed on this hub: nothing in it can be changed any more` }]);
    }
    if (existing && !options.replace) {
      throw new PackError('conflict', [{ entry: null, message: `meeting "${manifest.meeting.id}" exists already on this hub: import with replace to replace it` }]);
    }

    const inspectLimits = options.inspectLimits ?? DEFAULT_INSPECT_LIMITS;
    // Bytes the hub already holds (blob row and file) were opened when they first came in.
    const known = (sha256: string) => (blobs.has(sha256) ? (store.getBlob(sha256)?.pages ?? null) : null);
    const problems = await readDocuments(
      pack,
      async (doc, stream) => {
        const outcome = await stageAndCheck(blobs, doc, stream, inspectLimits, known);
        staged.push(outcome.staged);
        return outcome;
      },
      true,
    );
    if (problems.length > 0) throw new PackError(problems.some((p) => p.message.startsWith('refused')) ? 'bad_document' : 'bad_pack', problems);

    // Everything checked: keep the bytes, then write the meeting. Blobs first, so no row ever points at a missing file.
    const added: string[] = [];
    for (const blob of staged.splice(0)) {
      const fresh = !blobs.has(blob.sha256);
      await blob.commit();
      if (fresh) added.push(blob.sha256);
    }
    let written;
    try {
      written = writePackedMeeting(hub.deps, manifest, { replace: options.replace ?? false, actor: options.actor ?? 'pack-import', now: new Date() });
    } catch (error) {
      // The transaction rolled back: take back the files this import added, unless something else uses them since.
      for (const sha256 of added) if (!store.getBlob(sha256)) await rm(blobs.pathOf(sha256), { force: true });
      throw error;
    }
    const result: ImportResult = {
      meetingId: written.meetingId,
      title: manifest.meeting.title,
      revision: written.revision,
      replaced: written.replaced,
      agendaItems: written.changes.filter((c) => c.collection === 'agendaItem' && c.value).length,
      documents: manifest.documents.length,
      delegates: manifest.delegates.length,
      signer: { hubId: manifest.hub.id, fingerprint: fingerprint(manifest.hub.publicKey), trust: trust.trusted ? trust.why : 'explicit' },
    };
    logger.info({ meetingId: result.meetingId, revision: result.revision, documents: result.documents, signer: result.signer }, 'pack imported');
    return result;
  } catch (error) {
    if (error instanceof PackError) logger.info({ file, code: error.code, problems: error.problems }, 'pack refused');
    throw error;
  } finally {
    await Promise.all(staged.map((b) => b.discard()));
    pack.close();
  }
}
