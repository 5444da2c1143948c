import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../shared/protocol/index.ts';
import { buildRegistry } from './commands/index.ts';
import { defineHandler } from './commands/context.ts';
import { hashPasscode, newPasscode, normalisePasscode, verifyPasscode } from './passcode.ts';

describe('the command registry', () => {
  it('has exactly one handler for every declared command', () => {
    expect([...buildRegistry().keys()].sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('refuses duplicates and missing handlers', () => {
    const list = defineHandler('meeting.list', (ctx) => ({ meetings: ctx.store.listMeetings() }));
    expect(() => buildRegistry([list, list])).toThrow(/two handlers for meeting.list/);
    expect(() => buildRegistry([list])).toThrow(/no handler for/);
  });
});

describe('the admin passcode', () => {
  it('is twelve digits in groups of four', () => {
    expect(newPasscode()).toMatch(/^\d{4}-\d{4}-\d{4}$/);
  });

  it.each([
    ['1234-5678-9012', true],
    ['1234 5678 9012', true],
    ['123456789012', true],
    ['1234-5678-9013', false],
    ['', false],
  ])('stored hashed; %j matches: %s', (typed, expected) => {
    const stored = hashPasscode('1234-5678-9012');
    expect(stored).not.toContain('1234');
    expect(verifyPasscode(typed, stored)).toBe(expected);
  });

  it('ignores spaces and dashes', () => {
    expect(normalisePasscode(' 12-34 56 ')).toBe('123456');
  });

  it('refuses a stored value it does not understand', () => {
    expect(verifyPasscode('1234', 'md5:abc')).toBe(false);
  });
});
