import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** An incremental SHA-256: fed chunk by chunk as a download arrives, so no second pass over the file. */
export interface Hasher {
  update(bytes: Uint8Array): void;
  /** Lowercase hex; the hasher is finished afterwards. */
  digestHex(): string;
}

/**
 * Plain JavaScript (@noble/hashes): tablets open the hub at http://192.168.x.x, not a secure context, where
 * `crypto.subtle` does not exist; it also has no incremental digest.
 */
export function createSha256(): Hasher {
  const hash = sha256.create();
  return {
    update: (bytes) => void hash.update(bytes),
    digestHex: () => bytesToHex(hash.digest()),
  };
}
