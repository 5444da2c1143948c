import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { PackPublicKey } from '../../../shared/protocol/pack.ts';
import type { Store } from '../store/store.ts';

// Settings keys. The private key stays in the hub's database: it is never exported, printed or put in a pack.
const PRIVATE_KEY_SETTING = 'pack_signing_key';
const TRUSTED_SETTING = 'pack_trusted_keys';

export interface HubSigner {
  hubId: string;
  /** base64url of the 32 raw bytes (the JWK `x`), as written in manifests. */
  publicKey: string;
  sign(data: Uint8Array): string;
}

const rawPublicKey = (key: KeyObject): string => {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return jwk.x;
};

/** This hub's pack-signing key pair, made on first use. */
export function hubSigner(store: Store): HubSigner {
  const hubId = store.getSetting('hub_id');
  if (!hubId) throw new Error('this data folder has no hub id yet');
  let der = store.getSetting(PRIVATE_KEY_SETTING);
  if (!der) {
    const { privateKey } = generateKeyPairSync('ed25519');
    der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    store.setSetting(PRIVATE_KEY_SETTING, der);
  }
  const privateKey = createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
  return {
    hubId,
    publicKey: rawPublicKey(createPublicKey(privateKey)),
    sign: (data) => sign(null, data, privateKey).toString('base64url'),
  };
}

/** True when `signature` is `publicKey`'s Ed25519 signature over `data`. Never throws. */
export function verifySignature(publicKey: string, data: Uint8Array, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, data, key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** A short, readable name for a key: the first 16 hex characters of its SHA-256, in groups of four. */
export function fingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
  return hex.match(/.{4}/g)!.join(' ');
}

const TrustedKeys = z.array(z.object({ hubId: z.string(), publicKey: PackPublicKey, addedAt: z.string() }));
export type TrustedKey = z.infer<typeof TrustedKeys>[number];

export function trustedKeys(store: Store): TrustedKey[] {
  const text = store.getSetting(TRUSTED_SETTING);
  if (!text) return [];
  const parsed = TrustedKeys.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : [];
}

/** Adds another hub's key to the keys this hub trusts (idempotent). */
export function trustKey(store: Store, hubId: string, publicKey: string, now = new Date()): void {
  const keys = trustedKeys(store);
  if (keys.some((k) => k.publicKey === publicKey)) return;
  store.setSetting(TRUSTED_SETTING, JSON.stringify([...keys, { hubId, publicKey, addedAt: now.toISOString() }]));
}

export type SignerTrust =
  | { trusted: true; why: 'this-hub' | 'trusted-key' }
  | { trusted: false; message: string };

/** Whether this hub knows the key that signed a pack: its own, or one added with `trustKey`. */
export function signerTrust(store: Store, signer: { id: string; publicKey: string }): SignerTrust {
  const own = store.getSetting(PRIVATE_KEY_SETTING) ? hubSigner(store).publicKey : null;
  if (own === signer.publicKey) return { trusted: true, why: 'this-hub' };
  if (trustedKeys(store).some((k) => k.publicKey === signer.publicKey)) return { trusted: true, why: 'trusted-key' };
  return { trusted: false, message: `signed by hub ${signer.id} (key ${fingerprint(signer.publicKey)}), not known here` };
}
