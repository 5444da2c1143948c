import { describe, expect, it } from 'vitest';
import type { DocumentAccess, Presentation } from '../protocol/model.ts';
import type { Reader } from './access.ts';
import { noPresentation, presentationAfterDocument, presentationOf, shownToSomeOnly, visiblePresentation } from './presentation.ts';
import { visibleChanges } from './visibility.ts';

const AT = '2026-12-07T08:00:00.000Z';
const shown = (access: DocumentAccess, page = 7): Presentation => presentationOf('m', { id: 'budget', access }, page, AT);
const HIDDEN = { id: 'm', documentId: null, page: null, access: null, hidden: true, since: AT };

describe('what a reader is told of the page the chair shows', () => {
  const groupA: DocumentAccess = { kind: 'groups', groups: ['A'] };
  it.each<[string, Reader, DocumentAccess, 'all' | 'hidden']>([
    ['an open document: a delegate', { role: 'delegate', group: 'B', delegateId: 'binh' }, { kind: 'all' }, 'all'],
    ['an open document: a guest', { role: 'guest' }, { kind: 'all' }, 'all'],
    ['an open document: the projector', { role: 'projector' }, { kind: 'all' }, 'all'],
    ['group A\'s document: a delegate of A', { role: 'delegate', group: 'A', delegateId: 'an' }, groupA, 'all'],
    ['group A\'s document: group A as a whole (its room)', { role: 'delegate', group: 'A' }, groupA, 'all'],
    ['group A\'s document: a delegate of B', { role: 'delegate', group: 'B', delegateId: 'binh' }, groupA, 'hidden'],
    ['group A\'s document: a delegate of no group', { role: 'delegate', group: null, delegateId: 'cuong' }, groupA, 'hidden'],
    ['group A\'s document: a guest', { role: 'guest' }, groupA, 'hidden'],
    ['group A\'s document: the projector (the whole room sees it)', { role: 'projector' }, groupA, 'hidden'],
    ['a staff document: a delegate', { role: 'delegate', group: 'A', delegateId: 'an' }, { kind: 'staff' }, 'hidden'],
    ['a staff document: the chair', { role: 'chair' }, { kind: 'staff' }, 'all'],
    ['a staff document: the secretariat', { role: 'secretariat' }, { kind: 'staff' }, 'all'],
    ['an open document: a check-in desk (reads none)', { role: 'checkin' }, { kind: 'all' }, 'hidden'],
  ])('%s → %s', (_, reader, access, expected) => {
    const presentation = shown(access);
    expect(visiblePresentation(reader, presentation)).toEqual(expected === 'all' ? presentation : HIDDEN);
  });

  it('tells everyone that nothing is shown', () => {
    expect(visiblePresentation({ role: 'guest' }, noPresentation('m', AT))).toEqual(noPresentation('m', AT));
  });

  it('cuts the change pushed to a reader who may not read the document', () => {
    const change = { collection: 'presentation' as const, id: 'm', value: shown({ kind: 'staff' }) };
    expect(visibleChanges({ role: 'delegate', group: 'A', delegateId: 'an' }, [change])).toEqual([{ ...change, value: HIDDEN }]);
    expect(visibleChanges({ role: 'chair' }, [change])).toEqual([change]);
  });
});

describe('a page shown that only some tablets see', () => {
  it.each<[string, Presentation, boolean]>([
    ['nothing shown', noPresentation('m', AT), false],
    ['an open document', shown({ kind: 'all' }), false],
    ['a group\'s document', shown({ kind: 'groups', groups: ['A'] }), true],
    ['a staff document', shown({ kind: 'staff' }), true],
    ['what a tablet without access is told', HIDDEN, false],
  ])('%s → %s', (_, presentation, expected) => {
    expect(shownToSomeOnly(presentation)).toBe(expected);
  });
});

describe('the presentation after its document is written again', () => {
  const before = shown({ kind: 'all' }, 7);
  it.each<[string, string, { access: DocumentAccess; pages: number } | null, Presentation | null]>([
    ['another document: unchanged', 'minutes', null, null],
    ['the same access and enough pages: unchanged', 'budget', { access: { kind: 'all' }, pages: 20 }, null],
    ['made restricted: carries the new access', 'budget', { access: { kind: 'staff' }, pages: 20 }, { ...before, access: { kind: 'staff' } }],
    ['a new version with 5 pages: its last page', 'budget', { access: { kind: 'all' }, pages: 5 }, { ...before, page: 5 }],
    ['removed: nothing shown', 'budget', null, noPresentation('m', '2026-12-07T09:00:00.000Z')],
  ])('%s', (_, documentId, document, expected) => {
    expect(presentationAfterDocument(before, documentId, document, '2026-12-07T09:00:00.000Z')).toEqual(expected);
  });
});
