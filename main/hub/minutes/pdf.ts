import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { MINUTES_WORDS, type Minutes, type MinutesTable, type MinutesVote } from '../../../shared/domain/minutes/index.ts';
import { resourcesDir } from '../paths.ts';

/**
 * The minutes as an A4 PDF laid out as a Vietnamese administrative document (Decree 30/2020/NĐ-CP, docs/minutes.md):
 * Tinos (Times New Roman's metrics, every Vietnamese letter) at 13 pt, margins 20/15/20/30 mm, the header of two
 * columns (the body and the number; the national motto, or the Party's name, and the place and date), the page
 * number centred at the top from the second page, tables whose header row repeats on every page they run over.
 * pdfmake is loaded with this module, which the hub loads only when minutes are made.
 */

type PdfMake = typeof import('pdfmake') & { virtualfs: { writeFileSync(name: string, data: Buffer): void } };

const FONT_FILES = { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', bolditalics: 'Tinos-BoldItalic.ttf' } as const;

const mm = (v: number) => (v * 72) / 25.4;

let engine: PdfMake | null = null;

/** pdfmake with Tinos in its in-memory file system, and no access to the network or the disk while it lays out. */
function pdfmake(): PdfMake {
  if (engine) return engine;
  const pm = createRequire(import.meta.url)('pdfmake') as PdfMake;
  for (const file of Object.values(FONT_FILES)) pm.virtualfs.writeFileSync(file, readFileSync(join(resourcesDir(), 'fonts', file)));
  pm.setFonts({ Tinos: { ...FONT_FILES } });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  engine = pm;
  return pm;
}

const cell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, ...extra });

/** A table whose header row repeats on each page it runs over; a row is never split across two pages. */
function table(t: MinutesTable, widths: (string | number)[], fontSize = 11): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [t.columns.map((c) => cell(c, { bold: true, alignment: 'center' })), ...t.rows.map((r) => r.map((c) => cell(c)))],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize,
    margin: [0, 4, 0, 8],
  };
}

function header(m: Minutes): Content {
  const [motto, subMotto] = m.header.right;
  const right: Content[] = [{ text: motto ?? '', bold: true, fontSize: 12 }];
  if (subMotto) right.push({ text: subMotto, bold: true, fontSize: 13, decoration: 'underline' });
  else right[0] = { text: motto ?? '', bold: true, fontSize: 13, decoration: 'underline' };
  right.push({ text: m.header.placeDate, italics: true, fontSize: 13, margin: [0, 8, 0, 0] });
  const left: Content[] = m.header.left.map((line, i, all) =>
    i === all.length - 1 ? { text: line, fontSize: 13, margin: [0, 6, 0, 0] } : { text: line, bold: true, fontSize: 12 },
  );
  return { columns: [{ width: '40%', stack: left, alignment: 'center' }, { width: '60%', stack: right, alignment: 'center' }], columnGap: 8 };
}

/** A heading: headlineLevel marks it for pageBreakBefore, which never leaves it alone at the foot of a page. */
const section = (text: string): Content => ({ text, bold: true, margin: [0, 12, 0, 4], headlineLevel: 1 });

const labelled = ([label, value]: [string, string]): Content => ({ text: label ? [{ text: `${label}: `, bold: true }, value] : value, margin: [0, 1, 0, 1] });

function vote(v: MinutesVote): Content[] {
  const out: Content[] = [{ text: v.heading, bold: true, margin: [0, 10, 0, 2], headlineLevel: 1 }, { text: v.item, italics: true }];
  if (v.text) out.push({ text: v.text, margin: [0, 2, 0, 2] });
  out.push(...v.facts.map(labelled));
  out.push(...v.counts.map((line) => ({ text: line, margin: [12, 1, 0, 1] }) as Content));
  out.push(...v.result.map((line) => ({ text: line, bold: true, margin: [0, 2, 0, 2] }) as Content));
  // Named votes have a column for what each voted (or kept); secret ballots only who voted and how.
  if (v.voters.rows.length) out.push(table(v.voters, v.voters.columns.length === 5 ? [26, 32, '*', '*', 70] : [26, 32, '*', 80]));
  return out;
}

/** The pdfmake document of the minutes: pure data, so a test can read what goes where without a PDF. */
export function minutesDocument(m: Minutes): TDocumentDefinitions {
  const w = MINUTES_WORDS[m.lang];
  const content: Content[] = [
    header(m),
    { text: m.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: m.subtitle, bold: true, alignment: 'center', margin: [0, 2, 0, 10] },
  ];
  if (m.draftNote) content.push({ text: m.draftNote, italics: true, alignment: 'center', margin: [0, 0, 0, 8] });
  content.push(...m.facts.map(labelled));

  content.push(section(m.attendance.heading), { text: m.attendance.summary });
  content.push(table(m.attendance.table, [26, 30, '*', '*', 78, 52]));

  content.push(section(m.agenda.heading));
  content.push(m.agenda.table ? table(m.agenda.table, [36, '*', 52, 52], 12) : { text: m.agenda.none });

  content.push(section(m.speakers.heading));
  content.push(m.speakers.table ? table(m.speakers.table, [26, 30, '*', 32, 70, 40, 44]) : { text: m.speakers.none });

  content.push(section(m.votes.heading));
  if (m.votes.list.length) content.push(...m.votes.list.flatMap(vote));
  else content.push({ text: m.votes.none });

  content.push(section(m.audit.heading), { text: m.audit.text });
  if (m.audit.hash) content.push({ text: m.audit.hash, fontSize: 10.5, margin: [12, 2, 0, 2] }, { text: m.audit.check, fontSize: 10, italics: true });

  content.push({
    unbreakable: true,
    // Room under each title for the signature and the name written by hand.
    margin: [0, 24, 0, 0],
    columns: [
      { stack: [{ text: m.signatures.secretary, bold: true }, { text: m.signatures.sign, italics: true, fontSize: 12 }, { text: ' ', margin: [0, 60, 0, 0] }], alignment: 'center' },
      { stack: [{ text: m.signatures.chair, bold: true }, { text: m.signatures.sign, italics: true, fontSize: 12 }, { text: ' ', margin: [0, 60, 0, 0] }], alignment: 'center' },
    ],
  });

  return {
    pageSize: 'A4',
    // Decree 30/2020, annex I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    pageMargins: [mm(30), mm(20), mm(15), mm(20)],
    defaultStyle: { font: 'Tinos', fontSize: 13, lineHeight: 1.1 },
    info: { title: `${m.title} — ${m.subtitle}`, subject: m.subtitle, creator: 'Roundtable', producer: 'Roundtable (pdfmake)' },
    // The page number at the top, centred, from the second page (Decree 30/2020); the count of pages at the foot, so
    // a missing page shows.
    header: (page) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: 13, margin: [0, mm(8), 0, 0] } : null),
    footer: (page, pages) => ({
      text: `${m.draft ? `${w.draft} — ` : ''}${w.page(page, pages)}`,
      alignment: 'right',
      fontSize: 10,
      margin: [mm(30), mm(6), mm(15), 0],
    }),
    pageBreakBefore: (node, after) => node.headlineLevel === 1 && after.getFollowingNodesOnPage().length < 3,
    ...(m.draft ? { watermark: { text: w.draft, opacity: 0.08, bold: true, fontSize: 90 } } : {}),
    content,
  };
}

/** The minutes' PDF bytes. */
export async function renderMinutesPdf(m: Minutes): Promise<Uint8Array> {
  const buffer = await pdfmake().createPdf(minutesDocument(m)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
