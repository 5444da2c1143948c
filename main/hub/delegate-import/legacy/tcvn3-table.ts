/**
 * TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime, .VnArial...): byte -> Unicode.
 *
 * Source: the standard's VN1 table as glibc ships it (/usr/share/i18n/charmaps/TCVN5712-1.gz, whose iconv
 * converter is called TCVN5712-1); tcvn3-table.test.ts checks this copy against that file where the machine has it.
 * Bytes below 0x80 are ASCII except the twelve control positions VN1 gives to capitals (TCVN3_CONTROLS).
 *
 * What fonts actually did: the ABC fonts (VN3) draw lowercase letters with tone marks from 0xB5 up and the
 * seven toneless capitals Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7; a capital with a tone mark was written by switching to the
 * uppercase twin font (".VnTimeH"), which draws the lowercase positions as capitals. So the bytes alone say
 * "ễ" where the page showed "Ễ": the font name (XLSX keeps it) or the case of the letters around it must tell.
 * The capitals at 0x80-0x9F and in the controls are VN1's; VN3 fonts rarely had them, but no other meaning
 * exists for those bytes in this encoding, so they are read as VN1 says.
 */
export const TCVN3_HIGH: readonly string[] = [
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ', // 0x80
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ', // 0x90
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ', // 0xA0
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ', // 0xB0: five combining tone marks, then the a's
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ', // 0xC0
  'éẹềểễếệìỉỄẾỒĩíịò', // 0xD0
  'Ổỏõóọồổỗốộờởỡớợù', // 0xE0
  'ỖủũúụừửữứựỳỷỹýỵỐ', // 0xF0
];

/** VN1's capitals in the C0 control range (the other control bytes keep their ASCII meaning). */
export const TCVN3_CONTROLS: Readonly<Record<number, string>> = {
  0x01: 'Ú',
  0x02: 'Ụ',
  0x04: 'Ừ',
  0x05: 'Ử',
  0x06: 'Ữ',
  0x11: 'Ứ',
  0x12: 'Ự',
  0x13: 'Ỳ',
  0x14: 'Ỷ',
  0x15: 'Ỹ',
  0x16: 'Ý',
  0x17: 'Ỵ',
};

/** Byte -> Unicode for all 256 bytes. */
export function tcvn3ByteTable(): string[] {
  const table: string[] = [];
  for (let byte = 0; byte < 0x80; byte++) table.push(TCVN3_CONTROLS[byte] ?? String.fromCharCode(byte));
  for (const row of TCVN3_HIGH) table.push(...row);
  if (table.length !== 256) throw new Error(`TCVN3 table has ${table.length} entries, not 256`);
  return table;
}
