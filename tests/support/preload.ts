import { createHash } from 'node:crypto';
import { fixture } from './fixtures.ts';
import { connect, ok } from './hub.ts';

/** Valid PDFs of the team's corpus, biggest first, to copy into a meeting of a given size. */
const BIG_VALID = ['source2e.pdf', 'lshort-vi.pdf', 'lshortru.pdf', 'GeoTopo-komprimiert.pdf', 'lshort-zh-cn.pdf', 'multipage-scan.pdf'];

export interface TestPdf {
  name: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Distinct valid PDFs adding up to at least `totalBytes`: copies of real fixtures, each made unique by a
 * comment after %%EOF (PDF readers ignore what follows the trailer), so every copy has its own sha256.
 */
export function distinctPdfs(totalBytes: number, tag = 'preload'): TestPdf[] {
  const sources = BIG_VALID.map((name) => ({ name, bytes: fixture(name) }));
  const out: TestPdf[] = [];
  let sum = 0;
  for (let n = 0; sum < totalBytes; n++) {
    const source = sources[n % sources.length]!;
    const bytes = Buffer.concat([source.bytes, Buffer.from(`\n% roundtable ${tag} copy ${n}\n`)]);
    out.push({ name: `${n}-${source.name}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    sum += bytes.byteLength;
  }
  return out;
}

/** `POST /api/documents` as the secretariat; the hub opens the PDF with pdf.js before it keeps it. */
export async function uploadPdf(hubUrl: string, token: string, pdf: TestPdf): Promise<{ sha256: string; pages: number; bytes: number }> {
  const response = await fetch(`${hubUrl}/api/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/pdf' },
    body: new Uint8Array(pdf.bytes),
  });
  const body = (await response.json()) as { sha256: string; pages: number; bytes: number; message?: string };
  if (response.status !== 201) throw new Error(`upload of ${pdf.name} refused (${response.status}): ${body.message ?? ''}`);
  return body;
}

export interface SeededMeeting {
  meetingId: string;
  itemId: string;
  reader: { delegateId: string; fullName: string; seat: string; shortCode: string };
  documents: { open: string; second: string; restricted: string };
}

/**
 * A published meeting set up through the hub's own API, as the secretariat would: one agenda item with two
 * documents open to all and one restricted to the reader's group, and the reader's badge.
 */
export async function seedPublishedMeeting(hubUrl: string, passcode: string, meetingId = 'hop-e2e'): Promise<SeededMeeting> {
  const staff = await connect(hubUrl);
  try {
    const { token } = (await ok(staff, 'session.signIn', { role: 'secretariat', passcode })).data;
    await ok(staff, 'meeting.create', { id: meetingId, title: 'Kỳ họp thứ 9, Hội đồng nhân dân tỉnh', date: '2026-11-23', place: 'Hội trường tỉnh' });
    const { itemId } = (await ok(staff, 'agenda.add', { meetingId, title: 'Báo cáo tình hình kinh tế - xã hội' })).data;
    const reader = { fullName: 'Nguyễn Thị Mai', seat: 'A12' };
    const { delegateId } = (await ok(staff, 'delegate.add', { meetingId, ...reader, title: 'Đại biểu', organisation: 'Sở Tài chính', group: 'Thường trực' })).data;
    await ok(staff, 'delegate.add', { meetingId, fullName: 'Trần Văn Bình', seat: 'B03', group: 'Đại biểu' });
    const add = async (file: string, title: string, access: { kind: 'all' } | { kind: 'groups'; groups: string[] }) => {
      const bytes = fixture(file);
      const { sha256 } = await uploadPdf(hubUrl, token, { name: file, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
      return (await ok(staff, 'document.add', { meetingId, itemId, title, sha256, access })).data.documentId;
    };
    const documents = {
      open: await add('multicolumn.pdf', 'Báo cáo số 215/BC-UBND', { kind: 'all' }),
      second: await add('002-trivial-libre-office-writer.pdf', 'Phụ lục số liệu', { kind: 'all' }),
      restricted: await add('google-doc-document.pdf', 'Tờ trình (lưu hành nội bộ)', { kind: 'groups', groups: ['Thường trực'] }),
    };
    const { shortCode } = (await ok(staff, 'badge.issue', { meetingId, delegateId })).data;
    await ok(staff, 'meeting.publish', { meetingId });
    return { meetingId, itemId, reader: { delegateId, ...reader, shortCode }, documents };
  } finally {
    staff.disconnect();
  }
}
