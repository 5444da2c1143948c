/** Reads the text of a QR code in an RGBA frame; null when there is none (or it cannot be read). */
export type QrDecoder = (rgba: Uint8ClampedArray, width: number, height: number) => string | null;

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: string }) => { data: string } | null;

/**
 * jsQR, loaded on demand: only desks that turn the camera on download it. Its UMD build exports
 * `{ default: jsQR }`, which bundlers hand over either as the function or wrapped once more.
 */
export async function loadQrDecoder(): Promise<QrDecoder> {
  const loaded: unknown = await import('jsqr');
  const jsQR = unwrap(loaded);
  // Printed badges are dark on light: skipping the inverted pass halves the work per frame.
  return (rgba, width, height) => jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data || null;
}

function unwrap(loaded: unknown): JsQr {
  let candidate = loaded;
  for (let i = 0; i < 3 && typeof candidate !== 'function'; i++) {
    candidate = (candidate as { default?: unknown } | null)?.default;
  }
  if (typeof candidate !== 'function') throw new Error('jsqr did not load');
  return candidate as JsQr;
}
