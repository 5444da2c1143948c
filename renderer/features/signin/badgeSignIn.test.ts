import { describe, expect, it } from 'vitest';
import { endedKind, isBadgeToken, otherDeviceOf, tidyTypedCode } from './badgeSignIn.ts';

describe('badge sign-in helpers', () => {
  it('tells a badge token from other QR codes', () => {
    expect(isBadgeToken('RT1.demo.p1.1.kq.abcdefghijklmnopqrstuv')).toBe(true);
    expect(isBadgeToken('http://192.168.1.10:4010/pair?code=042517')).toBe(false);
    expect(isBadgeToken('K7QM-2XHP')).toBe(false);
  });

  it('reads why the hub ended the session', () => {
    expect(endedKind('You signed in on another device; this one was signed out.')).toBe('moved');
    expect(endedKind('This session has expired; sign in again.')).toBe('expired');
    expect(endedKind('This session belongs to another device; sign in with your badge here.')).toBe('other');
  });

  it('takes the other device’s name from a session_elsewhere refusal’s params', () => {
    expect(otherDeviceOf({ device: 'Máy tính bảng A07' })).toBe('Máy tính bảng A07');
    expect(otherDeviceOf({})).toBeNull();
  });

  it('puts typed codes in capitals, not badge tokens', () => {
    expect(tidyTypedCode('k7qm-2xhp')).toBe('K7QM-2XHP');
    expect(tidyTypedCode('RT1.demo.p1.1.kq.abc')).toBe('RT1.demo.p1.1.kq.abc');
  });
});
