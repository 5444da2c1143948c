/**
 * Every string of a value in Unicode NFC: names imported from some office files keep their marks as combining
 * characters (NFD), which a PDF's text layer and a spreadsheet's search would then not match with the same name typed.
 */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => nfcDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)])) as T;
  }
  return value;
}
