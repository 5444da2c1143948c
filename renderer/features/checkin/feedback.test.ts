import { describe, expect, it } from 'vitest';
import { HubError } from '../../client/errors.ts';
import { feedbackFromError, feedbackFromResult, looksLikeBadge, prepareScan } from './feedback.ts';

const TOKEN = 'RT1.demo.p1.1.ksb.AAAAAAAAAAAAAAAAAAAAAA';

describe('scan feedback', () => {
  it('turns a check-in into green or amber with who it was', () => {
    const base = { delegateId: 'p1', fullName: 'Nguyễn Văn Hùng', seat: 'A01', organisation: 'Tỉnh ủy', at: '2026-11-23T01:02:00.000Z' };
    expect(feedbackFromResult({ ...base, outcome: 'checked_in' })).toEqual({ ...base, outcome: 'checked_in' });
    expect(feedbackFromResult({ ...base, outcome: 'already_present' })).toEqual({ ...base, outcome: 'already_present' });
  });

  it('turns every badge refusal into red with its own code', () => {
    for (const code of ['badge_malformed', 'badge_truncated', 'badge_other_meeting', 'badge_forged', 'badge_altered', 'badge_expired', 'badge_revoked', 'not_found'] as const) {
      expect(feedbackFromError(new HubError(code, 'refused'))).toEqual({ outcome: 'refused', code });
    }
  });

  it('says when the hub did not answer, and folds anything else into “other”', () => {
    expect(feedbackFromError(new HubError('timeout', 'no answer'))).toEqual({ outcome: 'refused', code: 'timeout' });
    expect(feedbackFromError(new Error('socket closed'))).toEqual({ outcome: 'refused', code: 'network' });
    expect(feedbackFromError(new HubError('forbidden', 'no'))).toEqual({ outcome: 'refused', code: 'other' });
    expect(feedbackFromError(new HubError('bad_request', 'no'))).toEqual({ outcome: 'refused', code: 'other' });
  });
});

describe('what the scanner typed', () => {
  it('drops the control characters and spaces scanners add, and ignores an empty Enter', () => {
    expect(prepareScan(`\u001d${TOKEN}\r\n`)).toEqual({ ok: true, code: TOKEN });
    expect(prepareScan('  k7qm-2xhp ')).toEqual({ ok: true, code: 'k7qm-2xhp' });
    expect(prepareScan('   ')).toBeNull();
    expect(prepareScan('')).toBeNull();
  });

  it('recognises a Vietnamese input method rewriting the scanner’s keys', () => {
    // Telex turns "dd" into "đ" and "aa" into "â": "RT1.demo.dd..." arrives as "RT1.demo.đ...".
    expect(prepareScan('RT1.đemo.p1.1.ksb.AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ ok: false, code: 'keyboard_ime' });
    expect(prepareScan('K7QM-2XHP̀')).toEqual({ ok: false, code: 'keyboard_ime' });
  });

  it('refuses what is far too long to be a badge without asking the hub', () => {
    expect(prepareScan('x'.repeat(201))).toEqual({ ok: false, code: 'badge_malformed' });
    expect(prepareScan('x'.repeat(200))).toEqual({ ok: true, code: 'x'.repeat(200) });
  });

  it('tells a badge typed into the name search from a name', () => {
    expect(looksLikeBadge(TOKEN)).toBe(true);
    expect(looksLikeBadge('K7QM-2XHP')).toBe(true);
    expect(looksLikeBadge('k7qm2xhp')).toBe(true);
    expect(looksLikeBadge('nguyen van')).toBe(false);
    expect(looksLikeBadge('nguyenvan')).toBe(false); // no digit: a name
    expect(looksLikeBadge('A01')).toBe(false);
  });
});
