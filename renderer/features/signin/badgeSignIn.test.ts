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

  it('finds the other device’s name in a session_elsewhere message', () => {
    expect(otherDeviceOf('You are signed in on another device (Máy tính bảng A07). Sign in here to move your session.')).toBe('Máy tính bảng A07');
    expect(otherDeviceOf('You are signed in on another device. Sign in here to move your session.')).toBeNull();
  });

  it('puts typed codes in capitals, not badge tokens', () => {
    expect(tidyTypedCode('k7qm-2xhp')).toBe('K7QM-2XHP');
    expect(tidyTypedCode('RT1.demo.p1.1.kq.abc')).toBe('RT1.demo.p1.1.kq.abc');
  });
});
