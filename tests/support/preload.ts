import { createHash, randomBytes } from 'node:crypto';
import { attachmentPdf } from './bombs.ts';
import { fixture } from './fixtures.ts';
import { connect, ok } from './hub.ts';

export interface TestPdf {
  name: string;
  bytes: Buffer;
  sha256: string;
}

// Sizes like the real documents of a meeting (1 to 6 MB), so that downloads interleave as they would.
const ATTACHMENT_BYTES = 3 * 1024 * 1024;

/**
 * Distinct valid PDFs adding up to at least `totalBytes`, each with its own sha256: first a real Vietnamese document
 * of the team's corpus (made unique by a comment after %%EOF, which readers ignore), then one-page documents with a
 * large attachment of random bytes.
 */
export function distinctPdfs(totalBytes: number, tag = 'preload'): TestPdf[] {
  const make = (name: string, bytes: Buffer): TestPdf => ({ name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  const out = [make(`0-lshort-vi.pdf`, Buffer.concat([fixture('lshort-vi.pdf'), Buffer.from(`\n% roundtable ${tag} copy 0\n`)]))];
  let sum = out[0]!.bytes.byteLength;
  for (let n = 1; sum < totalBytes; n++) {
    const pdf = make(`${n}-annex.pdf`, attachmentPdf(`Roundtable ${tag} ${n}`, randomBytes(ATTACHMENT_BYTES)));
    out.push(pdf);
    sum += pdf.bytes.byteLength;
  }
  return out;
}

/** `POST /api/documents` as the secretariat; the hub opens the PDF with pdf.js before it keeps it. */
export async function uploadPdf(hubUrl: string, token: string, pdf: Pick<TestPdf, 'name' | 'bytes'>): Promise<{ sha256: string; pages: number; bytes: number }> {
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
      const sha256 = await uploadFixture(hubUrl, token, file);
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

/** Uploads a file of the team's PDF corpus as the secretariat; answers its sha256. */
export async function uploadFixture(hubUrl: string, token: string, name: string): Promise<string> {
  return (await uploadPdf(hubUrl, token, { name, bytes: fixture(name) })).sha256;
}
