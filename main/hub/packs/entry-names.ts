import { DOCUMENT_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY } from '../../../shared/protocol/pack.ts';
import type { ZipEntry } from './zip-archive.ts';

const S_IFMT_LINK = 0o120000;
const S_IFMT_DIR = 0o040000;
const STORED = 0;
const DEFLATED = 8;

/**
 * Why a zip entry may not be in a pack, or null. Nothing is ever extracted by its name (documents are
 * stored by the hash of their bytes), but a pack carrying a path trick was made to hurt someone's
 * extractor: it is refused whole, with the trick named, before anything is read.
 */
export function entryNameProblem(entry: ZipEntry): string | null {
  const name = entry.name;
  if (entry.badName) return 'the entry name is not valid UTF-8';
  if (name.length === 0) return 'an entry has an empty name';
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'the entry name holds control characters';
  if (name.includes('\\')) return 'the entry name holds a backslash (a Windows path trick)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'the entry name is an absolute path';
  if (name.split('/').includes('..')) return 'the entry name climbs out of the pack (..)';
  if (entry.unixType === S_IFMT_LINK) return 'the entry is a symbolic link';
  if (entry.alternateName) return 'the entry carries a second (Unicode Path) name';
  if (name.endsWith('/') || entry.unixType === S_IFMT_DIR) return 'the entry is a folder; a pack holds files only';
  if (entry.encrypted) return 'the entry is encrypted';
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return `the entry uses compression method ${entry.compressionMethod}; packs use stored or deflate`;
  }
  if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !DOCUMENT_ENTRY.test(name)) {
    return 'unexpected entry: a pack holds manifest.json, signature.json and documents/<sha256>.pdf only';
  }
  return null;
}

/** Names safe to print on one line (a hostile name may hold anything). */
export const shown = (name: string): string => (/^[\w./-]+$/.test(name) ? name : JSON.stringify(name));
