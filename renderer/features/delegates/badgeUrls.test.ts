import { describe, expect, it } from 'vitest';
import { badgePngPath, badgesPdfPath } from './badgeUrls.ts';

describe('badge addresses', () => {
  it('are paths with no token in them, escaped', () => {
    expect(badgePngPath('demo', 'p 1')).toBe('/api/meetings/demo/delegates/p%201/badge.png');
    expect(badgesPdfPath('demo')).toBe('/api/meetings/demo/badges.pdf');
    expect(badgesPdfPath('a/b')).toBe('/api/meetings/a%2Fb/badges.pdf');
  });
});
