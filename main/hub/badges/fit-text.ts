import type { FontFace, FontMetrics } from './fonts.ts';

export interface FitRequest {
  text: string;
  face: FontFace;
  /** The size to use when the text fits at it, in points. */
  maxSize: number;
  /** Below this, a field that may be cut is cut (with …) rather than shrunk further. */
  minSize: number;
  /** Line width available, in points. */
  width: number;
  maxLines: number;
  /**
   * `shrink`: never lose a letter (a name, a seat): keep shrinking past minSize until it fits.
   * `ellipsis`: at minSize, cut what does not fit and end with … (a very long organisation).
   */
  overflow: 'shrink' | 'ellipsis';
  /**
   * Down to this size, one line is preferred to a wrapped one: "Lê Quang Đạo" on one line at 17 pt reads
   * better than split in two at 19 pt. Unset: the largest size wins, however many lines it takes.
   */
  oneLineDownTo?: number;
}

export interface FittedText {
  lines: string[];
  size: number;
  face: FontFace;
  /** What the lines say as one piece of text: the whole text, unless it was cut. */
  reads: string;
}

const STEP = 0.25;
/** The smallest size `shrink` goes to before breaking words: only absurd input gets here. */
const FLOOR = 2;

/** Whitespace of any kind (a pasted newline, a tab) is one space; letters are NFC, one glyph per Vietnamese letter. */
export const cleanText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The largest size (in steps of 0.25 pt) at which the text wraps, word by word, into at most maxLines lines of
 * the given width. Both the PDF and the PNG use the result, so they break lines at the same words.
 */
export function fitText(metrics: FontMetrics, request: FitRequest): FittedText {
  const text = cleanText(request.text);
  const { face, width, maxLines } = request;
  if (!(width > 0) || maxLines < 1) throw new Error(`fitText: no room for "${text}" (width ${width} pt, ${maxLines} lines)`);
  if (text === '') return { lines: [], size: request.maxSize, face, reads: '' };
  const fits = (lines: string[], size: number) =>
    lines.length <= maxLines && lines.every((line) => metrics.width(line, face) * size <= width);

  if (request.oneLineDownTo !== undefined) {
    const oneLine = metrics.width(text, face);
    const size = Math.min(request.maxSize, Math.floor(width / oneLine / STEP) * STEP);
    if (size >= request.oneLineDownTo) return { lines: [text], size, face, reads: text };
  }
  for (let size = request.maxSize; size >= request.minSize - 1e-9; size -= STEP) {
    const lines = wrapWords(metrics, text, face, size, width);
    if (fits(lines, size)) return { lines: balance(metrics, text, face, size, width, lines.length), size, face, reads: text };
  }
  if (request.overflow === 'ellipsis') {
    const size = request.minSize;
    const lines = cutToLines(metrics, text, face, size, width, maxLines);
    return { lines, size, face, reads: lines.join(' ') };
  }
  // A name is never cut: go on shrinking, and break inside a word only when one word alone is wider than the line.
  for (let size = request.minSize - STEP; size > FLOOR; size -= STEP) {
    const lines = wrapWords(metrics, text, face, size, width);
    if (fits(lines, size)) return { lines: balance(metrics, text, face, size, width, lines.length), size, face, reads: text };
  }
  for (let size = FLOOR; ; size *= 0.9) {
    // Ends: as the size falls, each line holds more letters, so there are fewer lines and none is too wide.
    const lines = wrapWords(metrics, text, face, size, width, true);
    // Broken inside a word: the lines joined with spaces would not be the text.
    if (fits(lines, size)) return { lines, size, face, reads: text };
  }
}

/**
 * The same number of lines, as even as they can be: "Nguyễn Thị / Ngọc Ánh" rather than "Nguyễn Thị Ngọc / Ánh".
 * The narrowest width at which the greedy wrap still needs no more lines, found by bisection.
 */
function balance(metrics: FontMetrics, text: string, face: FontFace, size: number, width: number, count: number): string[] {
  if (count < 2) return wrapWords(metrics, text, face, size, width);
  if (count === 2) {
    const atPunctuation = breakAtPunctuation(metrics, text, face, size, width);
    if (atPunctuation) return atPunctuation;
  }
  let low = 0;
  let high = width;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    const lines = wrapWords(metrics, text, face, size, mid);
    const fitsMid = lines.length <= count && lines.every((line) => metrics.width(line, face) * size <= mid);
    if (fitsMid) high = mid;
    else low = mid;
  }
  return wrapWords(metrics, text, face, size, high);
}

/**
 * Two lines split after a comma or a dash, when such a split fits: Vietnamese words are written as separate
 * syllables, so any other space may fall inside a word ("Tỉnh / ủy"); punctuation never does.
 */
function breakAtPunctuation(metrics: FontMetrics, text: string, face: FontFace, size: number, width: number): string[] | null {
  const words = text.split(' ');
  let best: { lines: string[]; widest: number } | null = null;
  for (let i = 1; i < words.length; i++) {
    if (!/[,;:]$|^[—–-]$/.test(words[i - 1] ?? '')) continue;
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((line) => metrics.width(line, face) * size));
    if (widest <= width && (!best || widest < best.widest)) best = { lines, widest };
  }
  return best?.lines ?? null;
}

/** Greedy word wrap; with breakWords, a word wider than the line is split across lines. */
function wrapWords(metrics: FontMetrics, text: string, face: FontFace, size: number, width: number, breakWords = false): string[] {
  const wide = (s: string) => metrics.width(s, face) * size > width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (!wide(next) || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
    if (breakWords && wide(line)) {
      const pieces = breakWord(line, (s) => !wide(s));
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Splits text into pieces that each pass `fits`, letter by letter (at least one letter per piece). */
function breakWord(text: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const letter of text) {
    if (piece && !fits(piece + letter)) {
      pieces.push(piece);
      piece = letter;
    } else piece += letter;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function cutToLines(metrics: FontMetrics, text: string, face: FontFace, size: number, width: number, maxLines: number): string[] {
  const lines = wrapWords(metrics, text, face, size, width, true);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  let last = lines.slice(maxLines - 1).join(' ');
  while (last.length > 0 && metrics.width(`${last}…`, face) * size > width) last = [...last].slice(0, -1).join('').trimEnd();
  return [...kept, `${last}…`];
}
