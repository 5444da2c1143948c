import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type BadgeAuthority,
  type BadgeClaims,
  normaliseShortCode,
  parseBadge,
  shortCodeFromMac,
  signBadge,
  verifyBadge,
} from './badge-token.ts';
import type { BadgeRefusal } from '../protocol/errors.ts';

const macWith = (key: string) => (message: string) => createHmac('sha256', key).update(message).digest().subarray(0, 16).toString('base64url');
const mac = macWith('meeting-key-1');
const TODAY = 20_415; // 2025-11-23
const claims: BadgeClaims = { meetingId: 'hnbtv-11', delegateId: 'Xk3_9aQ2-pLm', serial: 2, expiresDay: TODAY + 7 };
const good = signBadge(claims, mac);

const issued = new Set([good.split('.').at(-1)!]);
const authority: BadgeAuthority = {
  meetingId: 'hnbtv-11',
  mac,
  currentSerial: (id) => (id === claims.delegateId ? 2 : id === 'other-delegate' ? 1 : null),
  isIssuedMac: (m) => issued.has(m),
  today: TODAY,
};

const replacePart = (token: string, index: number, value: string) => token.split('.').map((p, i) => (i === index ? value : p)).join('.');

describe('badge tokens', () => {
  it('fit a QR code at level M with room to spare (under 120 characters)', () => {
    const longest = signBadge({ meetingId: 'a'.repeat(24), delegateId: 'b'.repeat(16), serial: 999, expiresDay: 99_999 }, mac);
    expect(good.length).toBeLessThan(80);
    expect(longest.length).toBeLessThan(120);
  });

  it('verify when genuine, current and unexpired, even with a scanner newline', () => {
    expect(verifyBadge(good, authority)).toEqual({ ok: true, claims });
    expect(verifyBadge(`${good}\r\n`, authority)).toEqual({ ok: true, claims });
  });

  it.each<[string, string, BadgeRefusal]>([
    ['someone else’s QR code', 'https://example.com/menu', 'badge_malformed'],
    ['an empty scan', '', 'badge_malformed'],
    ['seven parts', `${good}.x`, 'badge_malformed'],
    ['a serial that is not base 36', replacePart(good, 3, 'Z!'), 'badge_malformed'],
    ['only the first characters read', 'RT1', 'badge_truncated'],
    ['the signature cut short', good.slice(0, -5), 'badge_truncated'],
    ['only four parts', good.split('.').slice(0, 4).join('.'), 'badge_truncated'],
    ['another meeting', signBadge({ ...claims, meetingId: 'other' }, mac), 'badge_other_meeting'],
    ['signed with another key', signBadge(claims, macWith('attacker')), 'badge_forged'],
    ['made up entirely', `RT1.hnbtv-11.${claims.delegateId}.2.${(TODAY + 7).toString(36)}.${'A'.repeat(22)}`, 'badge_forged'],
    ['a genuine badge with the delegate changed', replacePart(good, 2, 'other-delegate'), 'badge_altered'],
    ['a genuine badge with the expiry pushed back', replacePart(good, 4, (TODAY + 400).toString(36)), 'badge_altered'],
    ['an older badge of the delegate', signBadge({ ...claims, serial: 1 }, mac), 'badge_revoked'],
    ['a delegate no longer on the list', signBadge({ ...claims, delegateId: 'removed' }, mac), 'badge_revoked'],
    ['past its last day', signBadge({ ...claims, expiresDay: TODAY - 1 }, mac), 'badge_expired'],
  ])('refuse %s', (_, token, code) => {
    expect(verifyBadge(token, authority)).toEqual({ ok: false, code });
  });

  it('accept a badge on its last day', () => {
    expect(verifyBadge(signBadge({ ...claims, expiresDay: TODAY }, mac), authority).ok).toBe(true);
  });

  it('parse the claims back', () => {
    const parsed = parseBadge(good);
    expect(parsed.ok && parsed.claims).toEqual(claims);
  });
});

describe('short codes', () => {
  const code = shortCodeFromMac(good.split('.').at(-1)!);

  it('are eight Crockford characters in two groups', () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it.each([
    ['as printed', (c: string) => c],
    ['lower case, no dash', (c: string) => c.toLowerCase().replace('-', '')],
    ['with spaces', (c: string) => c.replace('-', '  ')],
  ])('read back when typed %s', (_, typed) => {
    expect(normaliseShortCode(typed(code))).toBe(code);
  });

  it.each([
    ['O as 0, I and L as 1', 'OIL0-1111', '0110-1111'],
    ['too short', 'ABC-123', null],
    ['a letter Crockford leaves out', 'UUUU-UUUU', null],
  ])('%s', (_, typed, expected) => {
    expect(normaliseShortCode(typed)).toBe(expected);
  });
});
