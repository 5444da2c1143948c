import type { Reading } from './legacy/detect.ts';

/** One cell as a file gave it, before its encoding is settled. */
export interface RawCell {
  text: string;
  /** What the cell's font says about its encoding (".VnTime": TCVN3, "VNI-Times": VNI); null when nothing. */
  hint: Reading | null;
  /** The font draws lowercase codes as capitals (".VnTimeH"). */
  uppercaseFont: boolean;
}

/** One cell in Unicode, with the legacy encoding it was converted from, if any. */
export interface Cell {
  text: string;
  convertedFrom: Reading | null;
}

/** A row of the file, numbered as the person's editor numbers it. */
export interface TableRow<C = Cell> {
  line: number;
  cells: C[];
  /** Remarks from reading the row's cells (an error value in a cell...). */
  warnings: string[];
}

/**
 * Why a file cannot be read. `tooLarge`: it passes one of the size limits (what it unpacks to, what reading it
 * needs); the preview answers these as 413 payload_too_large rather than as a file error.
 */
export type Refusal = { ok: false; message: string; tooLarge?: true };
