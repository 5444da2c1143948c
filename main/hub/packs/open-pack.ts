import { stat } from 'node:fs/promises';
import {
  DOCUMENT_ENTRY,
  MANIFEST_ENTRY,
  PACK_FORMAT,
  PACK_VERSION,
  PackManifest,
  PackSignatureFile,
  SIGNATURE_ENTRY,
  documentEntry,
  packFiles,
} from '../../../shared/protocol/pack.ts';
import { entryNameProblem, shown } from './entry-names.ts';
import { verifySignature } from './keys.ts';
import { DEFAULT_PACK_LIMITS, type PackLimits } from './limits.ts';
import type { PackProblem } from './problems.ts';
import { signatureBytes } from './write-pack.ts';
import { checkZipLayout } from './zip-layout.ts';
import { openZip, type ZipArchive, type ZipEntry } from './zip-archive.ts';

const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 16 * 1024;

/** A document the manifest promises, with the zip entry that must hold it. */
export interface PackFile {
  sha256: string;
  bytes: number;
  pages: number;
  title: string;
  entry: ZipEntry;
}

/** A pack whose structure was read: problems found so far, and what the documents pass needs. */
export interface OpenedPack {
  file: string;
  fileBytes: number;
  manifest: PackManifest | null;
  /** The signature is a valid Ed25519 signature of manifest.json by the key the manifest names. */
  signatureValid: boolean;
  files: PackFile[];
  problems: PackProblem[];
  /** True when a problem makes reading the documents pointless (not a zip, too large, hostile names). */
  fatal: boolean;
  /** Over the size or entry limits: the refusal is about size, not about content. */
  tooLarge: boolean;
  archive: ZipArchive | null;
  close(): void;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function parseJson(bytes: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { ok: false, message: `not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Reads a pack's structure without reading its documents: size, entry names, manifest schema,
 * signature, and that the entries are exactly the manifest's files with the sizes it declares.
 * Never throws for a bad pack: every problem found is in `problems`.
 */
export async function openPack(file: string, limits: PackLimits = DEFAULT_PACK_LIMITS): Promise<OpenedPack> {
  const problems: PackProblem[] = [];
  const pack: OpenedPack = { file, fileBytes: 0, manifest: null, signatureValid: false, files: [], problems, fatal: true, tooLarge: false, archive: null, close: () => pack.archive?.close() };
  const fail = (message: string, entry: string | null = null) => {
    problems.push({ entry, message });
    return pack;
  };

  try {
    pack.fileBytes = (await stat(file)).size;
  } catch {
    return fail(`cannot read ${file}: no such file`);
  }
  if (pack.fileBytes > limits.maxPackBytes) {
    pack.tooLarge = true;
    return fail(`the pack is ${mb(pack.fileBytes)}, more than the ${mb(limits.maxPackBytes)} this hub accepts`);
  }
  try {
    pack.archive = await openZip(file, limits.maxEntries);
  } catch (error) {
    return fail(`not a readable zip file (${error instanceof Error ? error.message : String(error)})`);
  }
  const archive = pack.archive;
  if (archive.entryCount > limits.maxEntries) {
    pack.tooLarge = true;
    return fail(`the pack has ${archive.entryCount} entries, more than the ${limits.maxEntries} accepted`);
  }

  const byName = new Map<string, ZipEntry>();
  for (const entry of archive.entries) {
    const wrong = entryNameProblem(entry);
    if (wrong) problems.push({ entry: shown(entry.name), message: wrong });
    else if (byName.has(entry.name)) problems.push({ entry: shown(entry.name), message: 'duplicate entry: the pack holds two files with this name' });
    else byName.set(entry.name, entry);
  }
  // Path tricks and duplicates mean the pack was made to fool an extractor: read nothing more.
  if (problems.length > 0) return pack;
  // Nor when the zip is not laid out as a hub writes it: a byte changed outside any data, or something added.
  problems.push(...(await checkZipLayout(file, pack.fileBytes)));
  if (problems.length > 0) return pack;
  pack.fatal = false;

  const manifestEntry = byName.get(MANIFEST_ENTRY);
  const signatureEntry = byName.get(SIGNATURE_ENTRY);
  if (!manifestEntry) problems.push({ entry: MANIFEST_ENTRY, message: 'missing: a pack must hold its manifest' });
  if (!signatureEntry) problems.push({ entry: SIGNATURE_ENTRY, message: 'missing: a pack must be signed' });
  if (!manifestEntry) return pack;

  let manifestBytes: Buffer;
  try {
    manifestBytes = await archive.readAll(manifestEntry, MAX_MANIFEST_BYTES);
  } catch (error) {
    pack.fatal = true;
    return fail(`unreadable (${error instanceof Error ? error.message : String(error)})`, MANIFEST_ENTRY);
  }
  const json = parseJson(manifestBytes);
  if (!json.ok) return fail(json.message, MANIFEST_ENTRY);
  const head = json.value as { format?: unknown; version?: unknown } | null;
  if (head?.format === PACK_FORMAT && typeof head.version === 'number' && head.version > PACK_VERSION) {
    return fail(`pack format version ${head.version} is newer than this hub reads (${PACK_VERSION}); update Roundtable`, MANIFEST_ENTRY);
  }
  const parsed = PackManifest.safeParse(json.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      problems.push({ entry: MANIFEST_ENTRY, message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` });
    }
  } else {
    pack.manifest = parsed.data;
  }

  if (signatureEntry) {
    try {
      const raw = await archive.readAll(signatureEntry, MAX_SIGNATURE_BYTES);
      const sig = parseJson(raw);
      const signature = sig.ok ? PackSignatureFile.safeParse(sig.value) : null;
      if (!sig.ok) problems.push({ entry: SIGNATURE_ENTRY, message: sig.message });
      else if (!signature?.success) problems.push({ entry: SIGNATURE_ENTRY, message: `not a pack signature (${signature?.error.issues[0]?.message ?? 'invalid'})` });
      else if (!signatureBytes(signature.data).equals(raw)) {
        problems.push({ entry: SIGNATURE_ENTRY, message: 'not as a hub writes it (spacing or order changed): the file was edited' });
      }
      else if (pack.manifest && signature.data.publicKey !== pack.manifest.hub.publicKey) {
        problems.push({ entry: SIGNATURE_ENTRY, message: 'signed with another key than the one the manifest names' });
      } else if (!verifySignature(signature.data.publicKey, manifestBytes, signature.data.signature)) {
        problems.push({ entry: SIGNATURE_ENTRY, message: 'the signature does not match manifest.json: the manifest or the signature was changed' });
      } else if (pack.manifest) {
        pack.signatureValid = true;
      }
    } catch (error) {
      problems.push({ entry: SIGNATURE_ENTRY, message: `unreadable (${error instanceof Error ? error.message : String(error)})` });
    }
  }

  const manifest = pack.manifest;
  if (!manifest) return pack;
  const expected = packFiles(manifest);
  let total = 0;
  for (const [sha256, doc] of expected) {
    const name = documentEntry(sha256);
    const entry = byName.get(name);
    total += doc.bytes;
    if (!entry) {
      problems.push({ entry: name, message: `missing: the manifest lists "${doc.title}" but the pack does not hold its file` });
      continue;
    }
    if (entry.uncompressedSize !== doc.bytes) {
      problems.push({ entry: name, message: `size mismatch: the manifest says ${doc.bytes} bytes, the pack holds ${entry.uncompressedSize} ("${doc.title}")` });
      continue;
    }
    pack.files.push({ sha256, ...doc, entry });
  }
  for (const name of byName.keys()) {
    const sha = DOCUMENT_ENTRY.exec(name)?.[1];
    if (sha && !expected.has(sha)) problems.push({ entry: name, message: 'unexpected entry: the manifest lists no document with these bytes' });
  }
  if (total > limits.maxPackBytes) {
    pack.tooLarge = true;
    problems.push({ entry: null, message: `the documents add up to ${mb(total)}, more than the ${mb(limits.maxPackBytes)} this hub accepts` });
  }
  return pack;
}
