import type { PackManifest } from '../../../shared/protocol/pack.ts';
import type { Store } from '../store/store.ts';
import { fingerprint, signerTrust, type SignerTrust } from './keys.ts';
import { DEFAULT_PACK_LIMITS, openPack, type PackLimits } from './open-pack.ts';
import { hashStream, readDocuments } from './pack-documents.ts';
import type { PackProblem } from './problems.ts';

export interface VerifyReport {
  manifest: PackManifest | null;
  fileBytes: number;
  signer: { hubId: string; fingerprint: string } | null;
  /** Whether a hub knows the signer; null when no hub was asked (verify without --data). */
  trust: SignerTrust | null;
  problems: PackProblem[];
}

/**
 * Checks a pack without importing it: entry names, manifest schema, signature, and every document's
 * sha256 and size (each streamed and hashed, nothing written). With a store, also whether that hub
 * knows the signer; an unknown signer is then a problem. Never throws for a bad pack.
 */
export async function verifyPack(file: string, options: { limits?: PackLimits; store?: Store } = {}): Promise<VerifyReport> {
  const pack = await openPack(file, options.limits ?? DEFAULT_PACK_LIMITS);
  try {
    const problems = [...pack.problems];
    if (!pack.fatal) problems.push(...(await readDocuments(pack, async (_file, stream) => ({ read: await hashStream(stream) }))));
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
  }
}
