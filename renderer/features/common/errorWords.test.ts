import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_REASONS, PACK_REFUSALS, PDF_REFUSALS, PreloadFailureKind, type ErrorReason } from '../../../shared/protocol/index.ts';
import { namespaces } from '../../app/strings.ts';
import { HubError, type ClientErrorCode } from '../../client/errors.ts';
import { buildResources } from '../../i18n/index.ts';
import { LANGUAGES } from '../../i18n/types.ts';
import { errorDetail, errorWords, reasonKey } from './errorWords.ts';

const CLIENT_CODES: ClientErrorCode[] = ['timeout', 'network'];
const REASONS = Object.keys(ERROR_REASONS) as ErrorReason[];
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);
/** A value for each param a reason declares, as the hub would send it. */
const paramsOf = (reason: ErrorReason) => Object.fromEntries(ERROR_REASONS[reason].params.map((p) => [p.replace('?', ''), p === 'role' || p === 'expected' ? 'chair' : 7]));

describe('every refusal the hub sends has words in Vietnamese and English', () => {
  for (const language of LANGUAGES) {
    const errors = namespaces.common[language].errors as Record<string, unknown> & { reasons: Record<string, string> };

    it.each([...ERROR_CODES, ...CLIENT_CODES])(`${language}: the code %s`, (code) => {
      expect(errors[code], code).toEqual(expect.stringMatching(/\S/));
    });

    it.each(REASONS)(`${language}: the reason %s, with only the params the hub sends`, (reason) => {
      const keys = reason === 'too_heavy' ? ['too_heavy', 'too_heavy_memory'] : [reason];
      const declared = ERROR_REASONS[reason].params.map((p) => p.replace('?', ''));
      for (const key of keys) {
        expect(errors.reasons[key], key).toEqual(expect.stringMatching(/\S/));
        for (const name of placeholders(errors.reasons[key] ?? '')) expect(declared, `${key} uses {{${name}}}`).toContain(name);
      }
    });

    it(`${language}: each way a document fails to preload`, () => {
      for (const kind of PreloadFailureKind.options) {
        expect((namespaces.tablet[language].preload.errors as Record<string, string>)[kind], `tablet ${kind}`).toBeTruthy();
        expect((namespaces['preload-status'][language].reason as Record<string, string>)[kind], `preload-status ${kind}`).toBeTruthy();
      }
    });
  }

  it('declares every PDF and pack refusal as a reason', () => {
    expect(REASONS).toEqual(expect.arrayContaining([...PDF_REFUSALS, ...PACK_REFUSALS]));
  });
});

describe('errorWords', () => {
  let t: Record<'vi' | 'en', TFunction<'common'>>;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources: buildResources(namespaces), lng: 'vi', ns: Object.keys(namespaces), defaultNS: 'common', interpolation: { escapeValue: false } });
    t = { vi: instance.getFixedT('vi', 'common'), en: instance.getFixedT('en', 'common') };
  });

  it.each(REASONS)('words %s with its params, in both languages', (reason) => {
    const error = new HubError(ERROR_REASONS[reason].code, 'English words', [], { reason, params: paramsOf(reason) });
    expect(reasonKey(reason, error.params)).not.toBeNull();
    for (const language of LANGUAGES) {
      const words = errorWords(error, t[language]);
      expect(words).not.toMatch(/\{\{|errors\./);
      expect(words).not.toBe(t[language](`errors.${error.code}`));
    }
  });

  it('says a PDF refusal in Vietnamese on a Vietnamese screen, never the hub’s English', () => {
    const error = new HubError('bad_document', 'The PDF is protected by a password; save it without one and try again.', [], { reason: 'encrypted' });
    expect(errorWords(error, t.vi)).toBe('PDF được bảo vệ bằng mật khẩu: hãy lưu lại một bản không có mật khẩu rồi tải lên lại.');
    expect(errorDetail(error, 'vi', false)).toBeNull();
    const heavy = new HubError('bad_document', 'Page 3 takes more than 20 s to draw…', [], { reason: 'too_heavy', params: { page: 3, seconds: 20 } });
    expect(errorWords(heavy, t.vi)).toBe('Trang 3 cần hơn 20 giây để hiển thị, lâu hơn máy tính bảng chịu được.');
    const memory = new HubError('bad_document', 'Drawing the PDF needs more than 1024 MB…', [], { reason: 'too_heavy', params: { page: 0, megabytes: 1024 } });
    expect(errorWords(memory, t.en)).toBe('Drawing the PDF needs more than 1024 MB of memory, more than a tablet has.');
  });

  it('names roles in the screen’s words', () => {
    const error = new HubError('forbidden', 'This passcode is for the chair, not the projector…', [], { reason: 'other_role', params: { role: 'chair', expected: 'projector' } });
    expect(errorWords(error, t.vi)).toBe('Mã này dành cho Chủ tọa, không phải cho Màn hình chiếu.');
  });

  it('words the code for a reason it does not know, or one without the params its words need', () => {
    expect(errorWords(new HubError('conflict', 'Something new.', [], { reason: 'from_a_newer_hub' }), t.vi)).toBe(t.vi('errors.conflict'));
    expect(errorWords(new HubError('conflict', 'Seat 4…', [], { reason: 'seat_taken', params: { seat: '4' } }), t.vi)).toBe(t.vi('errors.conflict'));
    expect(errorWords(new HubError('session_elsewhere', 'Elsewhere.', [], { reason: 'signed_in_elsewhere' }), t.vi)).toBe(t.vi('errors.session_elsewhere'));
  });

  it('shows the hub’s English only on an English screen, and field names rather than its sentences on another', () => {
    const bare = new HubError('conflict', 'Another vote is open.');
    expect(errorDetail(bare, 'vi', false)).toBeNull();
    expect(errorDetail(bare, 'en', false)).toEqual({ key: 'detail', text: 'Another vote is open.' });
    const invalid = new HubError('bad_request', 'payload is not valid', [{ path: 'title', message: 'Too small' }]);
    expect(errorDetail(invalid, 'vi', false)).toEqual({ key: 'fields', text: 'title' });
    expect(errorDetail(invalid, 'en', false)).toEqual({ key: 'detail', text: 'title: Too small' });
  });
});
