import iconv from 'iconv-lite';
import { tcvn3ByteTable } from './tcvn3-table.ts';
import { VNI_LOWER, VNI_UPPER } from './vni-table.ts';

/**
 * Legacy Vietnamese text -> Unicode (NFC). The input is "byte text": one character per byte, as a Windows-1252
 * reader (Excel, a CSV decoded as Windows-1252) shows a file typed in a legacy font. Characters that are no
 * byte at all (already Unicode letters) pass through unchanged.
 */

const CP1252 = new TextDecoder('windows-1252');
const BYTE_OF = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) {
  BYTE_OF.set(String.fromCharCode(byte), byte); // Latin-1 readers, and the C1 bytes Windows-1252 leaves undefined
  BYTE_OF.set(CP1252.decode(Uint8Array.of(byte)), byte); // Windows-1252 readers: 0x80 is "€", 0x96 is "–"...
}

/** The bytes behind byte text, or null when it holds a character no single byte stands for. */
export function bytesOf(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = BYTE_OF.get(text[i] ?? '');
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/** Byte text as Windows-1252 shows it: how a CSV in an 8-bit encoding is read before its encoding is known. */
export function byteText(bytes: Uint8Array): string {
  return CP1252.decode(bytes);
}

const TCVN3 = tcvn3ByteTable();

export function tcvn3ToUnicode(text: string): string {
  let out = '';
  for (const char of text) {
    const byte = BYTE_OF.get(char);
    out += byte === undefined ? char : (TCVN3[byte] ?? char);
  }
  return out.normalize('NFC'); // 0xB0-0xB4 are combining tone marks: compose them with their letter
}

/** VNI pairs (base + marks) and single characters -> the letter. A pair's case follows its base letter. */
const VNI_DECODE = new Map<string, string>();
for (const table of [VNI_LOWER, VNI_UPPER]) {
  for (const [letter, vni] of table) {
    if (vni === letter) continue;
    VNI_DECODE.set(vni, letter);
    if (vni.length === 2) {
      // Files mix the cases of the mark byte ("Aù" and "AÙ" both mean "Á"): the base letter decides.
      const base = vni[0] ?? '';
      const mark = vni[1] ?? '';
      VNI_DECODE.set(base + mark.toLowerCase(), letter);
      VNI_DECODE.set(base + mark.toUpperCase(), letter);
    }
  }
}

export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const char = text[i] ?? '';
    out += VNI_DECODE.get(char) ?? char;
    i += 1;
  }
  return out.normalize('NFC');
}

/** Windows-1258 writes most tone marks as combining characters after the letter: decode, then compose (NFC). */
export function windows1258ToUnicode(text: string): string {
  const bytes = bytesOf(text);
  return bytes ? iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC') : text;
}

/** What separates words in byte text: whitespace, ASCII digits and punctuation (every byte from 0x80 is a letter). */
const WORD_BREAK = /[\s!-@[-`{-~]+/;

/** A character of byte text that TCVN3 reads as a lowercase Vietnamese letter ("ë" is "ở"): the fonts' only way to write one. */
const isTcvn3Lower = (char: string) => {
  const byte = BYTE_OF.get(char);
  const letter = byte === undefined || byte < 0x80 ? undefined : TCVN3[byte];
  return letter !== undefined && letter !== letter.toLocaleUpperCase('vi');
};

/**
 * TCVN3 text typed in an uppercase twin font (".VnTimeH") is stored with lowercase codes for the accented letters.
 * Only the plain letters after the first of a word that holds such a code tell the case it was typed in: the
 * first letter is a capital in "Sở" as in "SỞ", and a word without one may be an abbreviation ("Sở VHTTDL",
 * "Sở GD&ĐT") in any text. When those letters are all capitals ("NGUYÔN"), the accented ones were capitals too.
 */
export function uppercaseIfShouting(converted: string, source: string): string {
  let upper = 0;
  let lower = 0;
  for (const word of source.split(WORD_BREAK)) {
    if (![...word].some(isTcvn3Lower)) continue;
    upper += word.slice(1).match(/[A-Z]/g)?.length ?? 0;
    lower += word.slice(1).match(/[a-z]/g)?.length ?? 0;
  }
  return upper > 0 && lower === 0 ? converted.toLocaleUpperCase('vi') : converted;
}
