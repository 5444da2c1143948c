import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { byteText, tcvn3ToUnicode, uppercaseIfShouting, vniToUnicode, windows1258ToUnicode } from './convert.ts';
import { chooseReading } from './detect.ts';
import { isVietnameseSyllable } from './syllable.ts';
import { tcvn3ByteTable } from './tcvn3-table.ts';

const CHARMAP = '/usr/share/i18n/charmaps/TCVN5712-1.gz';
const hasIconv = (() => {
  try {
    return execFileSync('iconv', ['-l']).toString().includes('TCVN5712-1');
  } catch {
    return false;
  }
})();

describe('TCVN3 table', () => {
  it.skipIf(!existsSync(CHARMAP))('matches glibc\'s TCVN5712-1 charmap byte for byte', () => {
    const table = tcvn3ByteTable();
    const lines = gunzipSync(readFileSync(CHARMAP)).toString('latin1').split('\n');
    let checked = 0;
    for (const line of lines) {
      // "<U1EA0>     /x84         LATIN CAPITAL LETTER A WITH DOT BELOW"; sequences (<U0041><U0300>) are glibc's own.
      const m = /^<U([0-9A-F]{4,})>\s+\/x([0-9a-f]{2})\s/.exec(line);
      if (!m) continue;
      expect(table[parseInt(m[2]!, 16)], line).toBe(String.fromCodePoint(parseInt(m[1]!, 16)));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('converts byte text, composing the combining tone marks', () => {
    expect(tcvn3ToUnicode(byteText(Uint8Array.from([0x4e, 0x67, 0x75, 0x79, 0xd4, 0x6e])))).toBe('Nguyễn');
    expect(tcvn3ToUnicode('§ç Quèc H\u00adng')).toBe('Đỗ Quốc Hưng');
    expect(tcvn3ToUnicode('Ha\u00b3')).toBe('Há'); // 0xB3: a combining acute after its letter
  });
});

describe('TCVN3 typed in capitals', () => {
  // What a typist in the ABC fonts wrote: no capitals with tone marks beyond Ă Â Ê Ô Ơ Ư Đ (typed in lowercase; the
  // uppercase twin font ".VnTimeH" drew them as capitals). glibc's iconv gives the bytes: the standard's own table.
  const VN3_CAPITALS = new Set([...'ĂÂÊÔƠƯĐ']);
  const typed = (text: string) => [...text].map((c) => (c > '\u007f' && c !== c.toLowerCase() && !VN3_CAPITALS.has(c) ? c.toLowerCase() : c)).join('');
  const read = (text: string) => {
    const bytes = byteText(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: typed(text) }));
    return uppercaseIfShouting(tcvn3ToUnicode(bytes), bytes);
  };
  it.skipIf(!hasIconv).each([
    // An abbreviation beside a word whose only plain letter is its first: nothing says the word was in capitals.
    ['Sở VHTTDL', 'Sở VHTTDL'],
    ['Sở GD&ĐT', 'Sở GD&ĐT'],
    ['UBND tỉnh Quảng Ngãi', 'UBND tỉnh Quảng Ngãi'],
    ['Phó Chủ tịch HĐND', 'Phó Chủ tịch HĐND'],
    ['Sở Y Tế', 'Sở Y Tế'],
    // Plain capitals after the first letter of an accented word: the whole cell was typed in capitals.
    ['HỘI NÔNG DÂN TỈNH', 'HỘI NÔNG DÂN TỈNH'],
    ['NGUYỄN VĂN ẤN', 'NGUYỄN VĂN ẤN'],
    ['ĐOÀN THANH NIÊN', 'ĐOÀN THANH NIÊN'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
    ['HÀ NỘI', 'HÀ NỘI'],
    // Lowercase evidence wins over an abbreviation in capitals.
    ['Ủy ban MTTQ', 'ủy ban MTTQ'],
  ])('%s', (unicode, expected) => {
    expect(read(unicode)).toBe(expected);
  });
});

describe('VNI', () => {
  it.each([
    ['Nguyeãn Thò AÙnh Tuyeát', 'Nguyễn Thị Ánh Tuyết'],
    ['Ñoã Quoác Höng', 'Đỗ Quốc Hưng'],
    ['Tröông Myõ Leä', 'Trương Mỹ Lệ'],
    ['Huyønh Taán Phaùt', 'Huỳnh Tấn Phát'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['Vaên Khoaûn', 'Văn Khoản'],
    ['Lyù Thò Quyønh Nhö', 'Lý Thị Quỳnh Như'],
    ['Kieàu Thò Ngoïc Trinh', 'Kiều Thị Ngọc Trinh'],
    ['Ñaëng Ñöùc', 'Đặng Đức'],
    ['NGUYEÃN VAÊN ÔÛ', 'NGUYỄN VĂN Ở'],
    ['Sôû VHTTDL', 'Sở VHTTDL'],
    ['SÔÛ VHTTDL', 'SỞ VHTTDL'],
  ])('%s', (vni, unicode) => {
    expect(vniToUnicode(vni)).toBe(unicode);
  });
});

describe('Windows-1258', () => {
  it.skipIf(!hasIconv)('decodes what glibc encodes, composed (NFC)', () => {
    const text = 'Nguyễn Thị Ánh Tuyết, Đỗ Quốc Hưng, Trương Mỹ Lệ, Ủy ban';
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1258'], { input: text });
    expect(windows1258ToUnicode(byteText(bytes))).toBe(text);
  });
});

describe('Vietnamese syllables', () => {
  it.each([
    ['Nguyễn', true], ['Huỳnh', true], ['Quốc', true], ['Hưng', true], ['Trương', true], ['khuyến', true], ['Gì', true], ['ngoèo', true],
    ['Nguyờịn', false], ['Huøng', false], ['V¨n', false], ['José', false], ['Quôc', false], ['hươngg', false],
  ])('%s: %s', (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });
});

describe('chooseReading', () => {
  const tcvn3 = ['NguyÔn V¨n §øc', 'TrÇn ThÞ Hång', 'Phã Chñ tÞch'];
  it('recognises TCVN3 byte text among the legacy readings', () => {
    expect(chooseReading(tcvn3, ['windows-1258', 'tcvn3', 'vni'], null)).toEqual({ ok: true, reading: 'tcvn3' });
  });
  it('keeps Unicode text as it is when it reads as Vietnamese', () => {
    expect(chooseReading(['Lê Hà', 'Phạm Minh Chính'], ['as-is', 'tcvn3', 'vni'], 'as-is')).toEqual({ ok: true, reading: 'as-is' });
  });
  it('refuses text whose reading is unsure, naming the likeliest legacy encoding', () => {
    const vni = ['Nguyeãn Vaên Ñöùc', 'Traàn Thò Hoàng'];
    const mixed = chooseReading([...tcvn3.slice(0, 2), ...vni], ['windows-1258', 'tcvn3', 'vni'], null);
    expect(mixed.ok).toBe(false);
    expect(mixed.ok ? null : mixed.suspect).toMatch(/^(tcvn3|vni)$/);
  });
});
