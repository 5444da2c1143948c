import { useMemo } from 'react';
import { create } from 'qrcode';

/** Modules of white margin around the code: the four the QR standard asks for. */
const QUIET = 4;

/** The SVG path of a QR code's dark modules, one unit square each, offset by the quiet zone. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!modules.get(row, col)) continue;
      // Runs of dark modules on a row make one rectangle: a smaller path, no hairlines between modules.
      let end = col;
      while (end + 1 < n && modules.get(row, end + 1)) end++;
      path += `M${col + QUIET} ${row + QUIET}h${end - col + 1}v1h${-(end - col + 1)}z`;
      col = end;
    }
  }
  return { size: n + 2 * QUIET, path };
}

/** A QR code drawn as SVG in the page (the `qrcode` package computes it here; nothing is fetched). */
export function QrCode({ text, size, label }: { text: string; size: number; label: string }) {
  const { size: units, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${units} ${units}`}
      shapeRendering="crispEdges"
    >
      <rect width={units} height={units} fill="#fff" />
      <path d={path} fill="#0a1424" />
    </svg>
  );
}
