import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, pairedDevice, signIn, startTestHub, tempDir, type TestHub, type TestSocket } from '../support/hub.ts';

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

  it('gives the secretariat an A4 sheet with every name, issuing first badges as it goes', async () => {
    await ok(secretariat, 'meeting.open', { meetingId: 'b' });
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
    const snap = await ok(secretariat, 'meeting.open', { meetingId: 'b' });
    if (snap.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(snap.data.snapshot.delegates.map((d) => d.badgeSerial)).toEqual([1, 1, 1, 1]);
    // Printing again prints the same badges: nothing is reissued.
    await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${token}` } });
    const again = await ok(secretariat, 'meeting.open', { meetingId: 'b' });
    if (again.data.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(again.data.snapshot.delegates.map((d) => d.badgeSerial)).toEqual([1, 1, 1, 1]);
  });

  it('gives the check-in desk one badge as a PNG, and refuses everyone else', async () => {
    const desk = await signIn(t.hub.url, t.passcode, 'checkin');
    const deskToken = (await ok(desk, 'session.signIn', { passcode: t.passcode, role: 'checkin' })).data.token;
    desk.disconnect();
    const png = await fetch(`${t.hub.url}/api/meetings/b/delegates/${ids[0]}/badge.png?token=${deskToken}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');

    const tablet = await pairedDevice(t.hub.url, t.passcode);
    tablet.socket.disconnect();
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${tablet.deviceToken}` } })).status).toBe(401);
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf`, { headers: { Authorization: `Bearer ${deskToken}` } })).status).toBe(403);
    expect((await fetch(`${t.hub.url}/api/meetings/b/badges.pdf?perPage=7&token=${token}`)).status).toBe(400);
    expect((await fetch(`${t.hub.url}/api/meetings/nope/badges.pdf?token=${token}`)).status).toBe(404);
    expect((await fetch(`${t.hub.url}/api/meetings/b/delegates/nobody/badge.png?token=${token}`)).status).toBe(404);
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
