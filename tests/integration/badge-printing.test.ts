import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, pairedDevice, signIn, staffSession, startTestHub, tempDir, type TestHub, type TestSocket } from '../support/hub.ts';

const NAMES = ['Nguyễn Thị Ngọc Ánh', 'Trần Đức Thắng', 'Phạm Thị Hường', 'Vũ Văn Ứng'];

describe('printing badges', () => {
  let t: TestHub;
  let secretariat: TestSocket;
  let token: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    await ok(secretariat, 'meeting.create', { id: 'b', title: 'Hội nghị Ban Chấp hành', date: '2026-11-23' });
    for (const [n, fullName] of NAMES.entries()) {
      ids.push((await ok(secretariat, 'delegate.add', { meetingId: 'b', fullName, seat: `A0${n + 1}` })).data.delegateId);
    }
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await t?.stop();
  });

  const serials = async () => {
    const snap = await ok(secretariat, 'meeting.open', { meetingId: 'b' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    return snap.data.snapshot.delegates.map((d) => d.badgeSerial);
  };

  it('prints only badges that exist: the GET issues nothing, and says which step comes first', async () => {
    const refused = await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('4 of 4 delegates have no badge yet') });
    expect(await serials()).toEqual([0, 0, 0, 0]);
  });

  it('gives the secretariat an A4 sheet with every name once badge.issueMissing has issued the first badges', async () => {
    expect((await ok(secretariat, 'badge.issueMissing', { meetingId: 'b' })).data.issued).toBe(4);
    const res = await fetch(`${t.hub.url}/api/meetings/b/badges.pdf?perPage=2`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'sheet.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', join(dir.path, 'sheet.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
      for (const name of NAMES) expect(text).toContain(name);
      const info = execFileSync('pdfinfo', [join(dir.path, 'sheet.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+2/);
    } finally {
      dir.remove();
    }
    expect(await serials()).toEqual([1, 1, 1, 1]);
    // Printing again prints the same badges: nothing is reissued.
    await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await serials()).toEqual([1, 1, 1, 1]);
  });

  it('opens the sheet with a one-time ticket instead of a token in the URL', async () => {
    const path = '/api/meetings/b/badges.pdf';
    const asked = await fetch(`${t.hub.url}/api/tickets`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ path }) });
    expect(asked.status).toBe(201);
    const { ticket } = (await asked.json()) as { ticket: string };
    const res = await fetch(`${t.hub.url}${path}?perPage=4&ticket=${ticket}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // Used once: the same link again, or a session token in the URL, is refused.
    expect((await fetch(`${t.hub.url}${path}?ticket=${ticket}`)).status).toBe(401);
    expect((await fetch(`${t.hub.url}${path}?token=${token}`)).status).toBe(401);
  });

  it('gives the check-in desk one badge as a PNG, and refuses everyone else', async () => {
    const { socket: desk, token: deskToken } = await staffSession(t.hub.url, t.passcode, 'checkin');
    desk.disconnect();
    const png = await fetch(`${t.hub.url}/api/meetings/b/delegates/${ids[0]}/badge.png`, { headers: { Authorization: `Bearer ${deskToken}` } });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');

    const tablet = await pairedDevice(t.hub.url, t.passcode);
    tablet.socket.disconnect();
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${tablet.deviceToken}` } })).status).toBe(401);
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${deskToken}` } })).status).toBe(403);
    const staff = { headers: { Authorization: `Bearer ${token}` } };
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf?perPage=7`, staff)).status).toBe(400);
    expect((await fetch(`${t.hub.url}/api/meetings/nope/badges.pdf`, staff)).status).toBe(404);
    expect((await fetch(`${t.hub.url}/api/meetings/b/delegates/nobody/badge.png`, staff)).status).toBe(404);
    // A tablet may not ask for a ticket; a ticket does not open another path than its own.
    const tabletTicket = await fetch(`${t.hub.url}/api/tickets`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tablet.deviceToken}` },
      body: JSON.stringify({ path: '/api/meetings/b/badges.pdf' }),
    });
    expect(tabletTicket.status).toBe(401);
    const asked = await fetch(`${t.hub.url}/api/tickets`, { method: 'POST', ...staff, body: JSON.stringify({ path: `/api/meetings/b/delegates/${ids[0]}/badge.png` }) });
    const { ticket } = (await asked.json()) as { ticket: string };
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf?ticket=${ticket}`)).status).toBe(401);
  });
});

describe('npm run cli -- badges', () => {
  it('writes the sheet for a data folder, and fails with one line for an unknown meeting', () => {
    const dir = tempDir();
    try {
      const cli = (...args: string[]) => spawnSync(process.execPath, ['main/cli/index.ts', ...args], { encoding: 'utf8' });
      expect(cli('demo', '--data', dir.path).status).toBe(0);
      const out = join(dir.path, 'badges.pdf');
      const done = cli('badges', '--data', dir.path, '--meeting', 'demo', '--out', out);
      expect(done.stderr).toBe('');
      expect(done.status).toBe(0);
      expect(done.stdout).toMatch(/12 badges written/);
      expect(existsSync(out) && readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      const missing = cli('badges', '--data', dir.path, '--meeting', 'nope', '--out', out);
      expect(missing.status).not.toBe(0);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toContain('no meeting "nope"');
      expect(cli('badges', '--help').status).toBe(0);
    } finally {
      dir.remove();
    }
  });
});
