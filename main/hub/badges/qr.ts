import QRCode from 'qrcode';

/** Light modules around the code that scanners need to find it: 4 is what the QR standard asks for. */
export const QUIET_ZONE = 4;

/** A horizontal run of dark modules, in module units from the symbol's top-left corner (quiet zone not included). */
export interface QrRun {
  row: number;
  column: number;
  length: number;
}

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: QrRun[];
}

/**
 * The dark modules of the token's QR code at error-correction level M (about 15% of the code may be lost to a
 * crease or a thumb), as runs rather than single modules: fewer rectangles to draw, and no seams inside a run.
 */
export function qrSymbol(token: string): QrSymbol {
  const { modules } = QRCode.create(token, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column) !== 0;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}
