/**
 * A new id for one cast: the hub answers a retry with the same id as the first time and never counts it twice.
 * `crypto.randomUUID` exists only in a secure context, and tablets open the hub at a plain `http://192.168.…`
 * address: there the same version-4 UUID is made from `getRandomValues`, which every context has.
 */
export function newCastId(random: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
