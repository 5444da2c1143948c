import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import {
  MANIFEST_ENTRY,
  PACK_FORMAT,
  PACK_VERSION,
  type PackManifest,
  type PackSignatureFile,
  SIGNATURE_ENTRY,
  documentEntry,
  packFiles,
} from '../../../shared/protocol/pack.ts';
import type { HubSigner } from './keys.ts';
import { PACK_ZIP } from './zip-layout.ts';

/** The manifest's bytes as signed: the signature covers exactly these, so they are written once and never re-serialised. */
export function manifestBytes(manifest: PackManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** signature.json as written; opening a pack accepts these exact bytes only, so not one byte of it can change unnoticed. */
export const signatureBytes = (signature: PackSignatureFile): Buffer => Buffer.from(`${JSON.stringify(signature, null, 2)}\n`, 'utf8');

export function signatureFile(signer: HubSigner, manifest: Buffer): PackSignatureFile {
  return { format: `${PACK_FORMAT}-signature`, version: PACK_VERSION, algorithm: 'ed25519', publicKey: signer.publicKey, signature: signer.sign(manifest) };
}

/**
 * Writes a pack to `output`, streamed: the manifest and its signature, then each distinct document read
 * from the path `pathOf` gives, one at a time (a 1 GB pack never sits in memory). Every entry is stored
 * uncompressed: PDFs are compressed already, a stored entry reads back at disk speed, and the zip's bytes
 * are then exactly the bytes signed or hashed.
 */
export async function writePack(
  manifest: PackManifest,
  signer: HubSigner,
  pathOf: (sha256: string) => string,
  output: Writable,
): Promise<void> {
  if (manifest.hub.publicKey !== signer.publicKey) throw new Error('the manifest names another signer than the one signing it');
  const zip = new yazl.ZipFile();
  // The structure opening a pack insists on (zip-layout.ts): one DOS timestamp, no extra fields, one file mode.
  const entry = { mtime: new Date(manifest.createdAt), mode: PACK_ZIP.fileMode, forceDosTimestamp: true };
  const bytes = manifestBytes(manifest);
  zip.addBuffer(bytes, MANIFEST_ENTRY, { ...entry, compress: false });
  zip.addBuffer(signatureBytes(signatureFile(signer, bytes)), SIGNATURE_ENTRY, { ...entry, compress: false });
  for (const sha256 of packFiles(manifest).keys()) zip.addFile(pathOf(sha256), documentEntry(sha256), { ...entry, compress: false });
  zip.end();
  await pipeline(zip.outputStream, output);
}
