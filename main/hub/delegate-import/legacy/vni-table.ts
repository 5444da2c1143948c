/**
 * VNI (VNI for Windows, the "VNI-Times", "VNI-Helve"... fonts): Unicode letter -> the characters VNI writes.
 *
 * Derivation: VNI writes a Vietnamese letter as its Latin base letter followed by one byte for the marks
 * (a few letters are one byte of their own: ơ ư đ and the i's, ỵ). The bytes are read here as Windows-1252
 * characters, which is what a CSV or a spreadsheet cell gives back when the file was typed in a VNI font:
 *   tone alone:              ù acute, ø grave, û hook, õ tilde, ï dot below
 *   circumflex (â ê ô):      â alone, á acute, à grave, å hook, ã tilde, ä dot below
 *   breve (ă):               ê alone, é acute, è grave, ú hook, ü tilde, ë dot below
 *   letters of their own:    ô ơ, ö ư, ñ đ, í í, ì ì, æ ỉ, ó ĩ, ò ị, î ỵ
 * This is the layout the VNI keyboard drivers and every Vietnamese converter (UniKey, VietKey) use; a capital is
 * the same pair in capitals ("AÙ" for "Á"), so VNI_UPPER is derived from VNI_LOWER by uppercasing both sides.
 */
const TONES = ['', 'ù', 'ø', 'û', 'õ', 'ï']; // none, acute, grave, hook, tilde, dot below
const CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
const BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];

/** Each Vietnamese lowercase letter with its VNI spelling, in the order none, acute, grave, hook, tilde, dot. */
const ROWS: readonly (readonly [letters: string, vni: readonly string[]])[] = [
  ['aáàảãạ', TONES.map((t) => `a${t}`)],
  ['âấầẩẫậ', CIRCUMFLEX.map((t) => `a${t}`)],
  ['ăắằẳẵặ', BREVE.map((t) => `a${t}`)],
  ['eéèẻẽẹ', TONES.map((t) => `e${t}`)],
  ['êếềểễệ', CIRCUMFLEX.map((t) => `e${t}`)],
  ['oóòỏõọ', TONES.map((t) => `o${t}`)],
  ['ôốồổỗộ', CIRCUMFLEX.map((t) => `o${t}`)],
  ['ơớờởỡợ', TONES.map((t) => `ô${t}`)],
  ['uúùủũụ', TONES.map((t) => `u${t}`)],
  ['ưứừửữự', TONES.map((t) => `ö${t}`)],
  ['iíìỉĩị', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['yýỳỷỹỵ', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
  ['đ', ['ñ']],
];

export const VNI_LOWER: ReadonlyMap<string, string> = new Map(
  ROWS.flatMap(([letters, vni]) => [...letters].map((letter, i): [string, string] => [letter, vni[i] ?? ''])),
);

export const VNI_UPPER: ReadonlyMap<string, string> = new Map(
  [...VNI_LOWER].map(([letter, vni]): [string, string] => [letter.toUpperCase(), vni.toUpperCase()]),
);
