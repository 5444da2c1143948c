import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

const NOW = Date.parse('2026-12-18T09:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
const MIN = 60;
const HOUR = 3600;
const DAY = 86400;

describe('relativeTime', () => {
  it.each([
    [0, 'bây giờ', 'now'],
    [30, 'bây giờ', 'now'],
    [50, '50 giây trước', '50 seconds ago'],
    [59.7, '1 phút trước', '1 minute ago'],
    [5 * MIN, '5 phút trước', '5 minutes ago'],
    [59 * MIN, '59 phút trước', '59 minutes ago'],
    [3 * HOUR, '3 giờ trước', '3 hours ago'],
    [23 * HOUR, '23 giờ trước', '23 hours ago'],
    [DAY + HOUR, 'Hôm qua', 'yesterday'],
    [4 * DAY, '4 ngày trước', '4 days ago'],
    [15 * DAY, '2 tuần trước', '2 weeks ago'],
    [90 * DAY, '3 tháng trước', '3 months ago'],
    [800 * DAY, '2 năm trước', '2 years ago'],
  ])('%d s ago is "%s" in Vietnamese and "%s" in English', (seconds, vi, en) => {
    expect(relativeTime(ago(seconds), NOW, 'vi-VN')).toBe(vi);
    expect(relativeTime(ago(seconds), NOW, 'en-GB')).toBe(en);
  });

  it('says a time ahead (a device clock ahead of the hub) the same way', () => {
    expect(relativeTime(ago(-5 * MIN), NOW, 'en-GB')).toBe('in 5 minutes');
  });
});
