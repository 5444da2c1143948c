/** Reads the text of a QR code in an RGBA frame; null when there is none (or it cannot be read). */
export type QrDecoder = (rgba: Uint8ClampedArray, width: number, height: number) => string | null;

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: string }) => { data: string } | null;

/**
 * jsQR, loaded when a camera is first turned on (screens that never scan never download it).
 * Its UMD build arrives as the function or wrapped in `default` once or twice, depending on the bundler.
 */
export async function loadQrDecoder(): Promise<QrDecoder> {
  let candidate: unknown = await import('jsqr');
  for (let i = 0; i < 3 && typeof candidate !== 'function'; i++) candidate = (candidate as { default?: unknown } | null)?.default;
  if (typeof candidate !== 'function') throw new Error('jsqr did not load');
  const jsQR = candidate as JsQr;
  // Badges and the room QR are dark on light: skipping the inverted pass halves the work per frame.
  return (rgba, width, height) => jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data || null;
}
