// The congress's documents, made here in a few hundred milliseconds: one-page PDFs carrying an attachment of random
// bytes (big on the wire, quick for the hub's PDF check, which decodes what a tablet draws, not attachments).
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachmentPdf } from '../../tests/support/bombs.ts';

export interface BenchDocument {
  /** File name in the folder (the bare static server serves it as /file/<name>). */
  name: string;
  title: string;
  path: string;
  sha256: string;
  bytes: number;
  /** Who may read it: everyone, or one delegate group. */
  group: string | null;
}

const KB = 1024;
export const BIG_DOCUMENT_BYTES = 50 * 1024 * KB;
/** The group of 100 delegates (the presidium) who may read the 50 MB annex: the download scenario's 100 tablets. */
export const PRESIDIUM = 'Đoàn Chủ tịch';

/**
 * Writes the meeting's documents into `dir`: three small ones every tablet preloads (two open to all, one for the
 * presidium) and the 50 MB annex for the presidium, which the download scenario fetches on its own.
 */
export function writeDocuments(dir: string): { small: BenchDocument[]; big: BenchDocument } {
  const make = (name: string, title: string, ascii: string, attachment: number, group: string | null): BenchDocument => {
    const bytes = attachmentPdf(ascii, randomBytes(attachment));
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return { name, title, path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, group };
  };
  return {
    small: [
      make('agenda.pdf', 'Chương trình đại hội', 'Chuong trinh dai hoi', 40 * KB, null),
      make('report.pdf', 'Báo cáo chính trị', 'Bao cao chinh tri', 120 * KB, null),
      make('personnel.pdf', 'Đề án nhân sự (lưu hành nội bộ)', 'De an nhan su', 30 * KB, PRESIDIUM),
    ],
    big: make('annex.pdf', 'Phụ lục số liệu (50 MB)', 'Phu luc so lieu', BIG_DOCUMENT_BYTES, PRESIDIUM),
  };
}
