import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../support/fixtures.ts';
import { tempDir } from '../support/hub.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['main/cli/index.ts', 'pack', ...args], { encoding: 'utf8' });

describe('npm run cli -- pack', () => {
  let dir: { path: string; remove(): void };
  let folder: string;
  let pack: string;
  const hubA = () => join(dir.path, 'hub-a');
  const hubB = () => join(dir.path, 'hub-b');

  beforeAll(() => {
    dir = tempDir('roundtable-pack-cli-');
    folder = join(dir.path, 'phien-hop');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES_DIR, 'multicolumn.pdf'), join(folder, 'bao-cao.pdf'));
    copyFileSync(join(FIXTURES_DIR, 'habibi-rotated.pdf'), join(folder, 'phu-luc.pdf'));
    writeFileSync(
      join(folder, 'meeting.json'),
      JSON.stringify({
        id: 'phien-hop-thang-12',
        title: 'Phiên họp thường kỳ tháng 12',
        date: '2026-12-15',
        place: 'Phòng họp số 2',
        agenda: [
          { title: 'Báo cáo tình hình', durationMinutes: 30, documents: [{ file: 'bao-cao.pdf', title: 'Báo cáo' }] },
          { title: 'Thảo luận', children: [{ title: 'Phụ lục', documents: [{ file: 'phu-luc.pdf', access: { groups: ['Tổ 2'] } }] }] },
        ],
      }),
    );
    writeFileSync(join(folder, 'delegates.csv'), 'Họ và tên;Đơn vị;Tổ;Ghế\nĐặng Quốc Việt;Sở Tài chính;Tổ 1;1\nVũ Thị Ngọc Ánh;Sở Y tế;Tổ 2;2\n');
    pack = join(dir.path, 'phien-hop.rtpack');
  });
  afterAll(() => dir?.remove());

  it('has help for pack and each command', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const command of ['build', 'verify', 'inspect', 'import', 'export', 'key', 'trust', 'limit']) expect(help.stdout).toContain(command);
    const build = cli('build', '--help');
    expect(build.status).toBe(0);
    expect(build.stdout).toContain('--out <file>');
    expect(build.stdout).toContain('docs/packs.md');
  });

  it('builds a signed pack from a meeting folder', () => {
    const run = cli('build', folder, '--out', pack, '--data', hubA());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^.*phien-hop\.rtpack: meeting "Phiên họp thường kỳ tháng 12" \(id phien-hop-thang-12\), 2 documents, 2 delegates, signed by hub [0-9a-f-]{36}\.\n$/);
    expect(existsSync(pack)).toBe(true);
  }, 60_000);

  it('verifies it: ok with the signer, or one line per problem and exit 1', () => {
    const ok = cli('verify', pack);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/: ok: meeting "Phiên họp thường kỳ tháng 12", 2 documents checked, signed by hub [0-9a-f-]{36} \(key [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)\.\n$/);
    const json = cli('verify', pack, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, problems: [] });

    // Hub B does not know hub A's key.
    const unknown = cli('verify', pack, '--data', hubB());
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toMatch(/^signed by hub [0-9a-f-]{36} \(key [0-9a-f ]{19}\), not known here\n$/);

    const bytes = readFileSync(pack);
    const at = bytes.indexOf('Phiên họp thường kỳ');
    bytes[at] = 0x58;
    const changed = join(dir.path, 'changed.rtpack');
    writeFileSync(changed, bytes);
    const bad = cli('verify', changed);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('manifest.json: unreadable (its data does not match its CRC-32: the pack is damaged or was altered)\n');

    const small = cli('verify', pack, '--max-size', '0');
    expect(small.status).toBe(1);
    expect(small.stderr).toContain('a whole number of MB from 1 to 4095');
  }, 60_000);

  it('inspects it: meeting, numbered agenda, documents with pages and access, delegates, signer', () => {
    const run = cli('inspect', pack);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Meeting: Phiên họp thường kỳ tháng 12 (id phien-hop-thang-12)',
      'Date: 2026-12-15, Phòng họp số 2; quorum: majority',
      'Agenda (3 items):',
      '  1  Báo cáo tình hình (30 min)',
      '  2  Thảo luận',
      '  2.1  Phụ lục',
      'Documents (2):',
      '  [1] Báo cáo: 3 pages, 77 KB, all',
      '  [2.1] phu-luc: 4 pages, 15 KB, groups: Tổ 2',
    ]);
    expect(lines[9]).toBe('Delegates: 2');
    expect(lines[10]).toMatch(/^Signed by hub [0-9a-f-]{36} \(key [0-9a-f ]{19}\), 20\d\d-/);
    const json = JSON.parse(cli('inspect', pack, '--json').stdout) as { documents: { pages: number }[]; delegates: number; signatureValid: boolean };
    expect(json).toMatchObject({ delegates: 2, signatureValid: true, documents: [{ pages: 3 }, { pages: 4 }] });
    const missing = cli('inspect', join(dir.path, 'nothing.rtpack'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('imports it into another hub once that hub trusts the signer (key, trust), and refuses it again without replace', () => {
    const refused = cli('import', pack, '--data', hubB());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^roundtable: signed by hub .+, not known here: import it only if you know where it comes from \(trust its signer\)\n$/);
    const key = cli('key', '--data', hubA());
    const [, hubId, publicKey] = /^hub (\S+)\nkey (\S+)\n/.exec(key.stdout)!;
    expect(key.stdout).toContain(`npm run cli -- pack trust --hub ${hubId} --key ${publicKey} --data <its data folder>\n`);
    // A key may start with "-": it is an option's value, never taken for an option.
    const dashed = `-${publicKey!.slice(1)}`;
    expect(cli('trust', '--hub', 'hub-khac', '--key', dashed, '--data', hubB()).stdout).toContain('Packs signed by hub hub-khac');
    expect(cli('trust', '--hub', hubId!, '--key', 'not-a-key', '--data', hubB()).status).toBe(1);
    const trusted = cli('trust', '--hub', hubId!, '--key', publicKey!, '--data', hubB());
    expect(trusted.stderr).toBe('');
    expect(trusted.status).toBe(0);
    const imported = cli('import', pack, '--data', hubB());
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('Meeting "Phiên họp thường kỳ tháng 12" (id phien-hop-thang-12) imported: 3 agenda items, 2 documents, 2 delegates.\n');
    const again = cli('import', pack, '--data', hubB());
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('meeting "phien-hop-thang-12" exists already on this hub');
    // Exported from hub B, it is hub B's pack.
    const out = join(dir.path, 'from-b.rtpack');
    const exported = cli('export', '--meeting', 'phien-hop-thang-12', '--out', out, '--data', hubB());
    expect(exported.status).toBe(0);
    expect(cli('verify', out, '--data', hubB()).status).toBe(0);
  }, 90_000);

  it('sets and shows the size limit, and refuses what is over it', () => {
    expect(cli('limit', '--data', hubB()).stdout).toContain('Packs up to 2048 MB are accepted');
    expect(cli('limit', 'lots', '--data', hubB()).status).toBe(1);
    expect(cli('limit', '1', '--data', hubB()).stdout).toContain('Packs up to 1 MB are accepted');
    const big = join(dir.path, 'big');
    mkdirSync(big);
    copyFileSync(join(FIXTURES_DIR, 'lshort-vi.pdf'), join(big, 'a.pdf'));
    writeFileSync(join(big, 'meeting.json'), JSON.stringify({ title: 'Lớn', date: '2026-12-01', documents: [{ file: 'a.pdf' }] }));
    const bigPack = join(dir.path, 'big.rtpack');
    expect(cli('build', big, '--out', bigPack, '--data', hubB()).status).toBe(0);
    const refused = cli('import', bigPack, '--data', hubB());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^roundtable: the pack is 2\.\d MB, more than the 1\.0 MB this hub accepts\n$/);
    expect(cli('limit', 'default', '--data', hubB()).stdout).toContain('Packs up to 2048 MB');
  }, 90_000);

  it('refuses a folder whose meeting.json names a missing or refused PDF, naming each file', () => {
    const bad = join(dir.path, 'bad');
    mkdirSync(bad);
    copyFileSync(join(FIXTURES_DIR, 'not-a-pdf.pdf'), join(bad, 'not.pdf'));
    writeFileSync(join(bad, 'meeting.json'), JSON.stringify({ title: 'Hỏng', date: '2026-12-01', documents: [{ file: 'not.pdf' }, { file: 'gone.pdf' }] }));
    const run = cli('build', bad, '--out', join(dir.path, 'bad.rtpack'), '--data', hubA());
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('roundtable: not.pdf: refused: This is not a PDF file (no %PDF- header).\n  gone.pdf: missing: meeting.json names this file but the folder does not have it\n');
    expect(existsSync(join(dir.path, 'bad.rtpack'))).toBe(false);
  }, 60_000);
});
