import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Files built to exhaust whoever opens them, made here in a few milliseconds and about a megabyte: zips whose
 * entries inflate to far more than they say, PDFs whose streams or images decode to gigabytes. Every deflate
 * stream is a chunk compressed once with a full flush (no reference to earlier data, so the same bytes can be
 * repeated) and repeated, then an empty final block.
 */

const CHUNK = 16 * 1024 * 1024;
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
const flushed = (data: Buffer) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });

/** Raw deflate of `prefix`, then `total` bytes of `byte`, then `suffix`: about 1 KB per 1 MB of the run. */
export function deflatedRun(total: number, byte = 0x20, prefix = '', suffix = ''): Buffer {
  const block = flushed(Buffer.alloc(CHUNK, byte));
  const parts: Buffer[] = [flushed(Buffer.from(prefix))];
  for (let left = total; left > 0; left -= CHUNK) parts.push(left >= CHUNK ? block : flushed(Buffer.alloc(left, byte)));
  parts.push(flushed(Buffer.from(suffix)), FINAL_BLOCK);
  return Buffer.concat(parts);
}

/** The zlib format of a run of one byte (what a PDF's FlateDecode holds), with its true Adler-32. */
export function zlibRun(total: number, byte = 0x20): Buffer {
  const m = 65521n;
  const n = BigInt(total);
  const c = BigInt(byte);
  const a = (1n + c * n) % m;
  const b = (n + (c * n * (n + 1n)) / 2n) % m;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflatedRun(total, byte), adler]);
}

// ---- zips ----

export interface ZipPart {
  name: string;
  /** The stored bytes: raw deflate when `deflated`, else the content itself. */
  data: Buffer;
  deflated?: boolean;
  /** The uncompressed size the headers claim (the truth when not given and not deflated). */
  claimedSize?: number;
  /** Where the part's local header is: another part's, to make overlapping entries (index of that part). */
  sameDataAs?: number;
}

/** A zip written by hand, so its headers can say anything. At most 65,535 parts (no zip64). */
export function handmadeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  parts.forEach((part) => {
    const name = Buffer.from(part.name, 'utf8');
    const size = part.claimedSize ?? (part.deflated ? 0 : part.data.length);
    const crc = part.deflated ? 0 : crc32(part.data);
    const method = part.deflated ? 8 : 0;
    const at = part.sameDataAs === undefined ? offset : offsets[part.sameDataAs]!;
    offsets.push(at);
    if (part.sameDataAs === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // names in UTF-8
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(0x21, 10); // 1980-01-01
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(part.data.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      locals.push(local, name, part.data);
      offset += local.length + name.length + part.data.length;
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(0x21, 12);
    entry.writeUInt32LE(crc, 16);
    const source = part.sameDataAs === undefined ? part : parts[part.sameDataAs]!;
    entry.writeUInt32LE(source.data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(at, 42);
    central.push(entry, name);
  });
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around its sheet (stored, honest). */
export function workbookParts(): ZipPart[] {
  const text = (name: string, content: string): ZipPart => ({ name, data: Buffer.from(XML + content) });
  return [
    text(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    text('_rels/.rels', `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    text('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    text('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
  ];
}

const SHEET_START = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>`;
const SHEET_END = '</sheetData></worksheet>';

/** A sheet of the given XML, stored: what an honest workbook holds. */
export function sheetPart(rowsXml: string): ZipPart {
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(SHEET_START + rowsXml + SHEET_END) };
}

/**
 * A workbook whose sheet XML inflates to `inflates` bytes (white space between its rows, valid XML) while its
 * headers say `claims`: the zip bomb that lies about its size.
 */
export function lyingXlsx(inflates: number, claims = 4096, partName = 'xl/worksheets/sheet1.xml'): Buffer {
  const data = deflatedRun(inflates, 0x20, SHEET_START, SHEET_END);
  return handmadeZip([...workbookParts(), { name: partName, data, deflated: true, claimedSize: claims }]);
}

/** A workbook plus `copies` entries that all point at one part inflating to `each` bytes (overlapping entries). */
export function overlappingXlsx(copies: number, each: number): Buffer {
  const parts = workbookParts();
  const first = parts.length;
  parts.push({ name: 'xl/media/image1.png', data: deflatedRun(each, 0), deflated: true, claimedSize: each });
  for (let i = 1; i < copies; i++) parts.push({ name: `xl/media/image${i + 1}.png`, data: Buffer.alloc(0), claimedSize: each, deflated: true, sameDataAs: first });
  return handmadeZip(parts);
}

/** A workbook of `count` tiny parts. */
export function manyPartsXlsx(count: number): Buffer {
  const parts = workbookParts();
  for (let i = parts.length; i < count; i++) parts.push({ name: `customXml/item${i}.xml`, data: Buffer.from('<a/>') });
  return handmadeZip(parts);
}

// ---- PDFs ----

/** A PDF of the given objects (numbered from 1; the first is the catalog), with a correct cross-reference table. */
export function pdfFile(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += object.length;
    parts.push(object);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

export function pdfStream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

/** One page over the given resources and content, then further objects (numbered from 5). */
function onePage(resources: string, content: Buffer, more: Buffer[] = []): Buffer {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${resources} >> >>`,
    content,
    ...more,
  ]);
}

/** A page whose content stream inflates to `bytes` of white space. */
export function contentBombPdf(bytes: number): Buffer {
  return onePage('', pdfStream('/Filter /FlateDecode', zlibRun(bytes, 0x20)));
}

/** A page that draws one RGB image of side × side pixels, its data a FlateDecode stream of zeros. */
export function imageBombPdf(side: number): Buffer {
  const image = pdfStream(
    `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode`,
    zlibRun(side * side * 3, 0),
  );
  return onePage('/XObject << /Im 5 0 R >>', pdfStream('', Buffer.from('q 595 0 0 842 0 0 cm /Im Do Q')), [image]);
}

/** A page that draws a form that draws the next one ten times, `levels` deep: 10^levels lines in a few KB. */
export function nestedFormsPdf(levels: number): Buffer {
  const forms = Array.from({ length: levels }, (_, level) => {
    const last = level === levels - 1;
    const body = last ? '0 0 m 100 100 l S' : Array(10).fill('/F Do').join(' ');
    const resources = last ? '' : `/Resources << /XObject << /F ${6 + level} 0 R >> >>`;
    return pdfStream(`/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${resources}`, Buffer.from(body));
  });
  return onePage('/XObject << /F 5 0 R >>', pdfStream('', Buffer.from('/F Do')), forms);
}

/** A small, honest one-page PDF (a line of text), for checks that the check still accepts. */
export function plainPdf(): Buffer {
  return onePage('/Font << /F1 5 0 R >>', pdfStream('', Buffer.from('BT /F1 24 Tf 72 720 Td (Hello) Tj ET')), [
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ]);
}

/**
 * A one-page PDF carrying `attachment` as an embedded file: big on the wire, quick for the hub's PDF check (which
 * decodes what a tablet draws, not attachments). For meetings of many megabytes made in milliseconds.
 */
export function attachmentPdf(title: string, attachment: Buffer): Buffer {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(annex.bin) 5 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    pdfStream('', Buffer.from(`BT /F1 18 Tf 72 760 Td (${title}) Tj ET`)),
    '<< /Type /Filespec /F (annex.bin) /EF << /F 7 0 R >> >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    pdfStream('/Type /EmbeddedFile', attachment),
  ]);
}
