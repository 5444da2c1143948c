import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../app/strings.ts';
import { buildResources } from './index.ts';
import { formatBytes, formatters, parseIsoDate } from './format.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, dotted ("errors.timeout"), of a namespace. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('strings', () => {
  const entries = Object.entries(namespaces) as [string, { vi: Tree; en: Tree }][];

  it('registers every feature that has a strings.ts', () => {
    const features = join(import.meta.dirname, '../features');
    const withStrings = readdirSync(features).filter((name) => existsSync(join(features, name, 'strings.ts')));
    expect(Object.keys(namespaces).sort()).toEqual(withStrings.sort());
  });

  for (const [name, strings] of entries) {
    describe(name, () => {
      const vi = leaves(strings.vi);
      const en = leaves(strings.en);

      it('has the same keys in Vietnamese and English', () => {
        expect([...en.keys()].filter((k) => !vi.has(k)), 'only in English').toEqual([]);
        expect([...vi.keys()].filter((k) => !en.has(k)), 'only in Vietnamese').toEqual([]);
      });

      it('has no empty string', () => {
        for (const [key, text] of vi) expect(text.trim(), `vi ${name}:${key}`).not.toBe('');
        for (const [key, text] of en) expect(text.trim(), `en ${name}:${key}`).not.toBe('');
      });

      it('uses the same placeholders in both languages', () => {
        for (const [key, text] of vi) expect(placeholders(en.get(key) ?? ''), `${name}:${key}`).toEqual(placeholders(text));
      });
    });
  }

  it('has Vietnamese with its diacritics (not typed without accents)', () => {
    const all = entries.flatMap(([, s]) => [...leaves(s.vi).values()]).join(' ');
    expect(all).toMatch(/[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữự]/i);
    // Words that must never appear without their marks in the Vietnamese UI.
    for (const bare of [/\bDai bieu\b/i, /\bTai lieu\b/i, /\bChu toa\b/i, /\bDang ket noi\b/i, /\bChuong trinh\b/i]) {
      expect(all).not.toMatch(bare);
    }
  });

  it('uses the agreed Vietnamese terms', () => {
    const common = leaves(namespaces.common.vi as Tree);
    expect(common.get('roles.chair')).toBe('Chủ tọa');
    expect(common.get('roles.delegate')).toBe('Đại biểu');
    expect(common.get('roles.secretariat')).toBe('Ban thư ký');
    expect(common.get('roles.checkin')).toBe('Bàn điểm danh');
    expect(common.get('roles.projector')).toBe('Màn hình chiếu');
    expect(namespaces.agenda.vi.title).toBe('Chương trình nghị sự');
    expect(namespaces.documents.vi.title).toBe('Tài liệu');
    expect(namespaces.connection.vi.reconnecting).toBe('Đang kết nối lại…');
    expect(namespaces.connection.vi.offline).toBe('Mất kết nối từ {{time}}');
  });

  it('builds one i18next namespace per feature in both languages', () => {
    const resources = buildResources(namespaces);
    expect(Object.keys(resources.vi).sort()).toEqual(Object.keys(namespaces).sort());
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(namespaces).sort());
  });
});

describe('formatting', () => {
  it('reads a meeting date as a local calendar day', () => {
    const day = parseIsoDate('2026-03-01');
    expect([day?.getFullYear(), day?.getMonth(), day?.getDate()]).toEqual([2026, 2, 1]);
    expect(parseIsoDate('1 March')).toBeNull();
  });

  it('formats dates, times and sizes for each language', () => {
    const vi = formatters('vi');
    const en = formatters('en');
    expect(vi.shortDate('2026-03-01')).toBe('01/03/2026');
    expect(en.shortDate('2026-03-01')).toBe('01/03/2026');
    expect(en.longDate('2026-03-01')).toMatch(/^Sunday,? 1 March 2026$/);
    expect(vi.longDate('2026-03-01')).toMatch(/Chủ Nhật/i);
    expect(vi.time(new Date(2026, 2, 1, 14, 5))).toBe('14:05');
    expect(en.time(new Date(2026, 2, 1, 9, 5))).toBe('09:05');
    expect(formatBytes(1_234_567, 'vi-VN')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en-GB')).toBe('1.2 MB');
    expect(formatBytes(512, 'en-GB')).toBe('512 byte');
  });
});
