import { describe, expect, it } from 'vitest';
import type { Reader } from '../access.ts';
import { bodyProblem, overLimit, seesAnnotation, type BodyParts, type Kind, type Seen } from './rules.ts';

const an: Reader = { role: 'delegate', group: 'A', delegateId: 'an' };
const binh: Reader = { role: 'delegate', group: 'B', delegateId: 'binh' };
const groupA = { kind: 'groups' as const, groups: ['A'] };

describe('who sees an annotation', () => {
  it.each<[string, Reader, Seen, boolean]>([
    ['its owner, private', an, { delegateId: 'an', visibility: 'private', access: null }, true],
    ['another delegate, private', binh, { delegateId: 'an', visibility: 'private', access: null }, false],
    ['the chair, private', { role: 'chair' }, { delegateId: 'an', visibility: 'private', access: null }, false],
    ['the secretariat, private', { role: 'secretariat' }, { delegateId: 'an', visibility: 'private', access: null }, false],
    ['the chair, shared with the chair', { role: 'chair' }, { delegateId: 'an', visibility: 'chair', access: null }, true],
    ['another delegate, shared with the chair', binh, { delegateId: 'an', visibility: 'chair', access: null }, false],
    ['another delegate, shared with everyone', binh, { delegateId: 'an', visibility: 'everyone', access: { kind: 'all' } }, true],
    ['a delegate outside the document\'s groups, shared with everyone', binh, { delegateId: 'an', visibility: 'everyone', access: groupA }, false],
    ['the secretariat, shared with everyone', { role: 'secretariat' }, { delegateId: 'an', visibility: 'everyone', access: groupA }, true],
    ['the projector, shared with everyone', { role: 'projector' }, { delegateId: 'an', visibility: 'everyone', access: { kind: 'all' } }, false],
    ['a guest, shared with everyone', { role: 'guest' }, { delegateId: 'an', visibility: 'everyone', access: null }, false],
    ['a group\'s room as a whole (no delegate), private', { role: 'delegate', group: 'A' }, { delegateId: 'an', visibility: 'private', access: null }, false],
  ])('%s: %s', (_, reader, seen, expected) => {
    expect(seesAnnotation(reader, seen)).toBe(expected);
  });
});

const anchor = { start: 0, end: 4, quote: { exact: 'Luật' } };
describe('what each kind holds', () => {
  it.each<[Kind, BodyParts, number | null, string | null]>([
    ['ink', { page: 0, color: '#111827', width: 3, points: [[0.1, 0.1, 0.5]], line: null }, 3, null],
    ['ink', { page: 0, color: '#111827', points: [[0.1, 0.1]], line: null }, 3, 'a ink needs body.width'],
    ['ink', { page: 5, color: '#111827', width: 3, points: [[0.1, 0.1]], line: null }, 3, "body.page 5 is beyond the document's 3 pages"],
    ['ink', { page: 0, color: '#111827', width: 3, points: [[0.1, 0.1]], line: null, note: 'x' }, 3, 'a ink has no body.note'],
    ['highlight', { page: 0, color: '#facc15', text: anchor, rects: [{}] }, 3, null],
    ['highlight', { page: 0, color: '#facc15', text: { ...anchor, end: 0 }, rects: [{}] }, 3, 'body.text ends before it starts'],
    ['highlight', { page: 0, color: '#facc15', text: { ...anchor, end: 9 }, rects: [{}] }, 3, 'body.text.quote is not as long as its offsets'],
    ['note', { page: 1, note: 'Hỏi lại', points: [[0.5, 0.5]], line: null }, 3, null],
    ['note', { page: 1, note: 'Hỏi lại', points: [[0.5, 0.5], [0.6, 0.6]], line: null }, 3, 'a note is pinned to one point'],
    ['item_note', { note: 'Chuẩn bị câu hỏi' }, null, null],
    ['item_note', { note: 'x', page: 0 }, null, 'a item_note has no body.page'],
  ])('%s %o on %s pages: %s', (kind, body, pages, expected) => {
    expect(bodyProblem(kind, body, pages)).toBe(expected);
  });

  it('counts a delegate over the limits', () => {
    const limits = { perDelegate: 2, perDelegateBytes: 100 };
    expect(overLimit({ count: 2, bytes: 100 }, limits)).toBe(false);
    expect(overLimit({ count: 3, bytes: 10 }, limits)).toBe(true);
    expect(overLimit({ count: 1, bytes: 101 }, limits)).toBe(true);
  });
});
