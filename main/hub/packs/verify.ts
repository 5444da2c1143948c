import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackManifest } from '../../../shared/protocol/pack.ts';
import { BlobStore } from '../blobs.ts';
import { DEFAULT_INSPECT_LIMITS, type InspectLimits } from '../pdf/inspect.ts';
import type { Store } from '../store/store.ts';
import { fingerprint, signerTrust, type SignerTrust } from './keys.ts';
import { DEFAULT_PACK_LIMITS, type PackLimits } from './limits.ts';
import { openPack } from './open-pack.ts';
import { readDocuments, stageAndCheck } from './pack-documents.ts';
import type { PackProblem } from './problems.ts';

export interface VerifyReport {
  manifest: PackManifest | null;
  fileBytes: number;
  signer: { hubId: string; fingerprint: string } | null;
  /** Whether a hub knows the signer; null when no hub was asked (verify without --data). */
  trust: SignerTrust | null;
  problems: PackProblem[];
}

export interface VerifyOptions {
  limits?: PackLimits;
  /** With a hub's store, whether that hub knows the signer is checked too. */
  store?: Store;
  inspectLimits?: InspectLimits;
}

/**
 * Checks a pack without importing it, with the import's own checks: the zip's layout and entry names,
 * the manifest's schema and signature, every document's sha256 and size, and (in a pack whole and signed
 * so far) every PDF opened by the hub's PDF check (each streamed to a temporary file, checked, deleted). With a store, also whether that
 * hub knows the signer; an unknown signer is then a problem. Unlike an import, every problem is listed.
 * Never throws for a bad pack.
 */
export async function verifyPack(file: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const pack = await openPack(file, options.limits ?? DEFAULT_PACK_LIMITS);
  const scratch = await mkdtemp(join(tmpdir(), 'roundtable-verify-'));
  try {
    const problems = [...pack.problems];
    if (!pack.fatal) {
      const blobs = new BlobStore(scratch);
      // PDFs are opened only in a pack that is whole and signed: otherwise it is refused anyway, and hashing says which documents changed.
      const limits = pack.problems.length === 0 && pack.signatureValid ? (options.inspectLimits ?? DEFAULT_INSPECT_LIMITS) : null;
      problems.push(
        ...(await readDocuments(pack, async (doc, stream) => {
          const outcome = await stageAndCheck(blobs, doc, stream, limits);
          await outcome.staged.discard();
          return outcome;
        })),
      );
    }
    const manifest = pack.manifest;
    const trust = manifest && options.store ? signerTrust(options.store, manifest.hub) : null;
    if (trust && !trust.trusted && pack.signatureValid) problems.push({ entry: null, message: trust.message });
    return {
      manifest,
      fileBytes: pack.fileBytes,
      signer: manifest ? { hubId: manifest.hub.id, fingerprint: fingerprint(manifest.hub.publicKey) } : null,
      trust,
      problems,
    };
  } finally {
    pack.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
