import { describe, expect, it } from 'vitest';
import { Id } from '../protocol/model.ts';
import { meetingIdFromDate, meetingIdFromText } from './meeting-id.ts';

describe('meetingIdFromDate', () => {
  it.each([
    [[], '2026-12-18'],
    [['2026-12-18'], '2026-12-18-2'],
    [['2026-12-18', '2026-12-18-2'], '2026-12-18-3'],
    [['2026-12-18-2'], '2026-12-18'],
    [['2026-12-17'], '2026-12-18'],
  ])('with %j taken, the meeting of 2026-12-18 is %s', (taken, id) => {
    expect(meetingIdFromDate('2026-12-18', (candidate) => taken.includes(candidate))).toBe(id);
  });
});

describe('meetingIdFromText', () => {
  it.each([
    ['bch-12', 'bch-12'],
    ['Hội nghị 12', 'Hoi-nghi-12'],
    ['  Đại hội Đảng bộ  ', 'Dai-hoi-Dang-bo'],
    ['Kỳ họp thứ 7 / HĐND', 'Ky-hop-thu-7-HDND'],
    ['a__b', 'a__b'],
    ['--x--', 'x'],
    ['Hội nghị'.normalize('NFD'), 'Hoi-nghi'],
    ['!!!', ''],
    ['x'.repeat(70), 'x'.repeat(64)],
    [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
  ])('%j becomes %j', (typed, id) => {
    const made = meetingIdFromText(typed);
    expect(made).toBe(id);
    if (made) expect(Id.safeParse(made).success).toBe(true);
  });
});
