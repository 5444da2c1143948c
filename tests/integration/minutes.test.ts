import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditFile } from '../../main/hub/store/audit.ts';
import type { ElectionResult, MotionResult } from '../../shared/protocol/index.ts';
import { ok, send, signIn, staffSession, startTestHub, tempDir, type TestHub } from '../support/hub.ts';
import { castId, votingRoom } from '../support/voting-room.ts';

/**
 * The record of a run (issue 15.4): a named motion with a paper vote, a secret motion with paper counts, a named
 * election with a paper ballot; the chair ends the meeting and the minutes come at once, over HTTP and from the CLI.
 * pdftotext gives back every name exactly, every count and each result in words; the CSVs parse with their BOM.
 */

// Six delegates; "Ngọc Ánh" stored decomposed (NFD), as some office files leave it: the minutes print it composed.
const NAMES = ['Nguyễn Văn Hùng', 'Trần Thị Thu Hằng', 'Lê Thị Ngọc Ánh'.normalize('NFD'), 'Phạm Đức Thắng', 'Vũ Thị Hường', 'Đặng Văn Ứng'];
const NFC = NAMES.map((n) => n.normalize('NFC'));
const CANDIDATES = ['Hoàng Thị Xuân', 'Bùi Quốc Việt', 'Đỗ Minh Khôi'];

let t: TestHub;
let data: ReturnType<typeof tempDir>;
let room: Awaited<ReturnType<typeof votingRoom>>;
let token: string;
let chairToken: string;
const results: { named?: MotionResult; secret?: MotionResult; election?: ElectionResult } = {};

async function get(path: string, bearer = token): Promise<Response> {
  const ask = () => fetch(`${t.hub.url}${path}`, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  try {
    return await ask();
  } catch {
    // After a long step (the CLI) fetch may reuse a kept-alive connection the hub has just closed as idle: once more.
    return ask();
  }
}

/** The PDF's text as pdftotext reads it, every run of white space one space (a long sentence wraps in the PDF). */
function pdfText(pdf: Uint8Array): string {
  const file = join(data.path, `read-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function parseCsv(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

beforeAll(async () => {
  data = tempDir('roundtable-minutes-');
  t = await startTestHub({ dataDir: data.path });
  room = await votingRoom(t.hub.url, t.passcode, NAMES.length, 'bb', NAMES);
  token = (await staffSession(t.hub.url, t.passcode, 'secretariat')).token;
  chairToken = (await staffSession(t.hub.url, t.passcode, 'chair')).token;
  const { meetingId, chair, secretariat, tablets } = room;
  const [a, b, c, d, e, f] = tablets;

  // Two speakers under the current item: one asking on her tablet, a point of order asked at the secretariat.
  const asked = (await ok(f!.socket, 'speakers.ask', { meetingId })).data.speechId;
  const order = (await ok(secretariat, 'speakers.ask', { meetingId, kind: 'pointOfOrder', delegateId: c!.delegateId })).data.speechId;
  for (const speechId of [order, asked]) {
    expect((await ok(chair, 'speakers.give', { meetingId })).data.speechId).toBe(speechId);
    await ok(chair, 'speakers.end', { meetingId, speechId });
  }

  // A named motion: four on tablets, one on paper (entered by the secretariat), one who does not vote.
  const named = (await ok(chair, 'motion.create', { meetingId, title: 'Thông qua chương trình', ballot: 'named', rule: 'halfOfPresent' })).data.motionId;
  await ok(chair, 'motion.open', { meetingId, motionId: named });
  for (const [tab, answer] of [[a, 'yes'], [b, 'yes'], [c, 'no'], [d, 'yes']] as const) {
    await ok(tab!.socket, 'motion.cast', { meetingId, motionId: named, castId: castId(), answer });
  }
  await ok(secretariat, 'motion.paperVote', { meetingId, motionId: named, delegateId: e!.delegateId, answer: 'yes' });
  // The chair cannot end the meeting while a vote is open.
  expect(await send(chair, 'meeting.end', { meetingId })).toMatchObject({ ok: false, code: 'conflict', reason: 'vote_still_open' });
  results.named = (await ok(chair, 'motion.close', { meetingId, motionId: named })).data.result;

  // A secret motion: three on tablets, two marked on paper with their counts.
  const secret = (await ok(chair, 'motion.create', { meetingId, title: 'Thông qua quy chế', ballot: 'secret', rule: 'halfOfConvened' })).data.motionId;
  await ok(chair, 'motion.open', { meetingId, motionId: secret });
  for (const [tab, answer] of [[a, 'yes'], [b, 'no'], [c, 'yes']] as const) {
    await ok(tab!.socket, 'motion.cast', { meetingId, motionId: secret, castId: castId(), answer });
  }
  for (const tab of [d, e]) await ok(secretariat, 'motion.paperMark', { meetingId, motionId: secret, delegateId: tab!.delegateId });
  await ok(secretariat, 'motion.paperCount', { meetingId, motionId: secret, counts: { yes: 1, no: 0, abstain: 1 } });
  results.secret = (await ok(chair, 'motion.close', { meetingId, motionId: secret })).data.result;

  // A named election of two seats: four ballots on tablets, one on paper.
  const created = (await ok(chair, 'election.create', { meetingId, title: 'Bầu Ban Kiểm tra', ballot: 'named', base: 'convened', seats: 2, candidates: CANDIDATES.map((name) => ({ name })) })).data;
  const [x, y, z] = created.candidateIds;
  const marks = (...kept: (string | undefined)[]) => Object.fromEntries(created.candidateIds.map((id) => [id, kept.includes(id) ? 'keep' : 'strike'])) as Record<string, 'keep' | 'strike'>;
  await ok(chair, 'election.open', { meetingId, electionId: created.electionId });
  for (const [tab, ballot] of [[a, marks(x, y)], [b, marks(x, y)], [c, marks(x, z)], [d, marks(x)]] as const) {
    await ok(tab!.socket, 'election.cast', { meetingId, electionId: created.electionId, round: 1, castId: castId(), marks: ballot });
  }
  await ok(secretariat, 'election.paperBallot', { meetingId, electionId: created.electionId, delegateId: e!.delegateId, marks: marks(y) });
  const closed = await ok(chair, 'election.close', { meetingId, electionId: created.electionId });
  results.election = closed.data.result;
  // The chair moves on: the time on item 2 stops, item 1's runs until the meeting ends.
  await ok(chair, 'agenda.setCurrent', { meetingId, itemId: room.items.a });
}, 120_000);

afterAll(async () => {
  room?.close();
  await t?.stop();
  data?.remove();
});

describe('minutes of an open meeting', () => {
  it('are a draft, marked on every page, until the chair ends the meeting', async () => {
    const res = await get('/api/meetings/bb/minutes.pdf');
    expect(res.status).toBe(200);
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('BIÊN BẢN (DỰ THẢO)');
    expect(text).toMatch(/DỰ THẢO — Trang 1\/\d/);
  });
});

describe('the minutes once the chair ends the meeting', () => {
  let pdf: Uint8Array;
  let text: string;

  beforeAll(async () => {
    await ok(room.chair, 'meeting.end', { meetingId: room.meetingId });
    const res = await get('/api/meetings/bb/minutes.pdf?header=party&body=%C4%90%E1%BA%A2NG%20%E1%BB%A6Y%20KH%E1%BB%90I&tz=Asia%2FHo_Chi_Minh', chairToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bien-ban-bb.pdf"');
    pdf = new Uint8Array(await res.arrayBuffer());
    text = pdfText(pdf);
  }, 60_000);

  it('carry the header the body chose, final (no draft mark)', () => {
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('ĐẢNG ỦY KHỐI');
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContain('BIÊN BẢN Phiên họp thử');
  });

  it('give back every Vietnamese name exactly, composed', () => {
    for (const name of [...NFC, ...CANDIDATES]) expect(text).toContain(name);
    expect(text).not.toContain(NAMES[2]);
  });

  it('give every count and each result in the words the hub froze at the close', () => {
    const { named, secret, election } = results;
    expect(named).toMatchObject({ yes: 4, no: 1, abstain: 0, paper: { yes: 1, no: 0, abstain: 0 } });
    expect(secret).toMatchObject({ yes: 3, no: 1, abstain: 1, paper: { yes: 1, no: 0, abstain: 1 } });
    for (const r of [named!, secret!]) {
      expect(text).toContain(oneLine(r.words.vi.result));
      expect(text).toContain(oneLine(r.words.vi.counts));
    }
    expect(text).toContain('Thông qua: 4/6 đại biểu có mặt tán thành, quá một nửa');
    expect(text).toContain('Không thông qua: 3/6 đại biểu được triệu tập tán thành, không quá một nửa (cần 4)');
    expect(text).toContain('Trong đó bằng phiếu giấy: Tán thành: 1; Không tán thành: 0; Không biểu quyết: 1');
    for (const line of [election!.words.vi.ballots, ...election!.words.vi.candidates, election!.words.vi.outcome]) expect(text).toContain(oneLine(line));
    expect(text).toContain('Quá một nửa số đại biểu có mặt');
    expect(text).toContain('Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)');
  });

  it('say who voted what in the named votes, paper marked; in the secret one only who voted', () => {
    // Each voter's row: seat, name, answer, how (tablet or paper).
    expect(text).toMatch(new RegExp(`A5 ${NFC[4]} Tán thành Phiếu giấy`));
    expect(text).toMatch(new RegExp(`A3 ${NFC[2]} Không tán thành Máy tính bảng`));
    expect(text).toMatch(new RegExp(`A5 ${NFC[4]} ${CANDIDATES[1]} Phiếu giấy`));
    expect(text).toMatch(new RegExp(`A4 ${NFC[3]} Phiếu giấy`));
  });

  it('list the speakers in the order they spoke, a point of order marked, and the time spent on each item', () => {
    // pdftotext reads this table a few columns at a time: number, item, name; then seat, kind.
    expect(text).toContain(`1 2 ${NFC[2]} 2 2 ${NFC[5]}`);
    expect(text).toMatch(/A3 Kiến nghị về thủ tục \d\d:\d\d 0:\d\d A6 Phát biểu/);
    // No item had a planned time: every "phút" is time spent (well under a minute each in a test).
    expect(text.match(/0 phút/g)).toHaveLength(2);
  });

  it('carry the audit log head hash, as audit verify prints it', () => {
    const verdict = verifyAuditFile(join(data.path, 'roundtable.db'));
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(text).toContain(verdict.headHash);
  });

  it('give the CSVs UTF-8 with a BOM, diacritics intact', async () => {
    const sheets: Record<string, string[][]> = {};
    for (const sheet of ['attendance', 'speakers', 'votes', 'voters']) {
      const res = await get(`/api/meetings/bb/minutes/${sheet}.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      sheets[sheet] = parseCsv(new Uint8Array(await res.arrayBuffer()));
    }
    expect(sheets.attendance!.slice(1).map((r) => r[1])).toEqual(NFC);
    expect(sheets.attendance!.slice(1).every((r) => r[5] === 'Có mặt' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(r[6] ?? ''))).toBe(true);
    expect(sheets.votes!.slice(1).map((r) => [r[1], r[3], r[9], r[10], r[11], r[12]])).toEqual([
      ['Biểu quyết', 'Thông qua chương trình', '4', '1', '0', ''],
      ['Biểu quyết', 'Thông qua quy chế', '3', '1', '1', ''],
      ['Bầu cử', 'Bầu Ban Kiểm tra', '', '', '', '5'],
    ]);
    expect(sheets.voters!.filter((r) => r[0] === '1').map((r) => [r[4], r[5], r[6]])).toContainEqual([NFC[4], 'Phiếu giấy', 'Tán thành']);
    expect(sheets.voters!.filter((r) => r[0] === '2').every((r) => r[6] === '')).toBe(true);
    expect(sheets.speakers![0]).toEqual(['Mục', 'Họ và tên', 'Ghế', 'Loại', 'Tình trạng', 'Giờ đăng ký', 'Giờ bắt đầu', 'Giờ kết thúc']);
    expect(sheets.speakers!.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['2', NFC[2], 'Kiến nghị về thủ tục', 'Đã phát biểu'],
      ['2', NFC[5], 'Phát biểu', 'Đã phát biểu'],
    ]);
  });

  it('in English too', async () => {
    const en = pdfText(new Uint8Array(await (await get('/api/meetings/bb/minutes.pdf?lang=en')).arrayBuffer()));
    expect(en).toContain('SOCIALIST REPUBLIC OF VIET NAM');
    expect(en).toContain(oneLine(results.named!.words.en.result));
    for (const name of NFC) expect(en).toContain(name);
  });

  it('from the CLI, PDF and CSVs, the same record', { timeout: 60_000 }, () => {
    const out = join(data.path, 'cli.pdf');
    const csv = join(data.path, 'csv');
    const run = spawnSync(process.execPath, ['main/cli/index.ts', 'minutes', '--data', data.path, '--meeting', 'bb', '--out', out, '--lang', 'vi', '--csv', csv], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const cliText = pdfText(readFileSync(out));
    for (const name of [...NFC, ...CANDIDATES]) expect(cliText).toContain(name);
    expect(cliText).toContain(oneLine(results.secret!.words.vi.result));
    expect(readdirSync(csv).sort()).toEqual(['bieu-quyet-bb.csv', 'diem-danh-bb.csv', 'nguoi-bo-phieu-bb.csv', 'phat-bieu-bb.csv']);
    expect(parseCsv(readFileSync(join(csv, 'diem-danh-bb.csv'))).slice(1).map((r) => r[1])).toEqual(NFC);
  });
});

describe('refusals', () => {
  it('an unknown meeting, a draft, a bad parameter, a sheet that is not one', async () => {
    expect(await (await get('/api/meetings/nope/minutes.pdf')).json()).toMatchObject({ ok: false, code: 'not_found', reason: 'meeting_not_found' });
    const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await ok(secretariat, 'meeting.create', { id: 'nhap', title: 'Bản nháp', date: '2026-12-01' });
    secretariat.disconnect();
    const draft = await get('/api/meetings/nhap/minutes.pdf');
    expect(draft.status).toBe(409);
    expect(await draft.json()).toMatchObject({ code: 'conflict', reason: 'still_draft' });
    expect((await get('/api/meetings/bb/minutes.pdf?lang=fr')).status).toBe(400);
    expect((await get('/api/meetings/bb/minutes.pdf?tz=Mars%2FOlympus')).status).toBe(400);
    expect((await get('/api/meetings/bb/minutes/secrets.csv')).status).toBe(404);
  });

  it('a role other than the chair or the secretariat, or nobody', async () => {
    const projector = (await staffSession(t.hub.url, t.passcode, 'projector')).token;
    const desk = (await staffSession(t.hub.url, t.passcode, 'checkin')).token;
    for (const bearer of [projector, desk]) {
      const res = await get('/api/meetings/bb/minutes.pdf', bearer);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'forbidden', message: 'Making the minutes is for secretariat or chair.' });
    }
    expect((await get('/api/meetings/bb/minutes/votes.csv', '')).status).toBe(401);
    // A delegate's own session is no staff session.
    const delegate = room.tablets[0]!;
    const res = await fetch(`${t.hub.url}/api/meetings/bb/minutes.pdf`, { headers: { Authorization: `Bearer ${delegate.sessionToken}`, 'X-Device-Token': delegate.deviceToken } });
    expect(res.status).toBe(403);
  });

  it('the CLI: an unknown meeting, one line and exit 1, no file', { timeout: 30_000 }, () => {
    const out = join(data.path, 'x.pdf');
    const unknown = spawnSync(process.execPath, ['main/cli/index.ts', 'minutes', '--data', data.path, '--meeting', 'nope', '--out', out], { encoding: 'utf8' });
    expect([unknown.status, unknown.stderr]).toEqual([1, 'roundtable: There is no meeting "nope".\n']);
    expect(existsSync(out)).toBe(false);
  });
});
