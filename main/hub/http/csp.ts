// The web client's Content-Security-Policy: everything a screen loads comes from where the client was served, no CDN,
// nothing that calls out. The hub serves it with this; the desktop app serves it from app://roundtable with the same
// policy, its one hub's origin added where the client reaches it (main/electron/app-protocol.ts).

/** The policy; `hubOrigin` (the desktop app) is added to what the client fetches, connects to and shows. */
export function webClientCsp(hubOrigin?: string): string {
  const hub = hubOrigin ? ` ${hubOrigin}` : '';
  const socket = hubOrigin ? ` ${hubOrigin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    // WebAssembly (pdf.js's JPEG 2000 and JBIG2 decoders) may be compiled; scripts still come only from the hub.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${hub}`,
    "font-src 'self' data:",
    `connect-src 'self'${hubOrigin ? `${hub}${socket}` : ' ws: wss:'}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
