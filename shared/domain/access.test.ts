import { describe, expect, it } from 'vitest';
import type { DocumentAccess } from '../protocol/model.ts';
import { keptWithoutReader, mayRead, type Reader } from './access.ts';
import { visibleChange } from './visibility.ts';

const ALL: DocumentAccess = { kind: 'all' };
const STAFF: DocumentAccess = { kind: 'staff' };
const GROUPS: DocumentAccess = { kind: 'groups', groups: ['Thường trực'] };

describe('who may read a document', () => {
  it.each<[string, Reader, DocumentAccess, boolean]>([
    ['a guest, an open document', { role: 'guest' }, ALL, true],
    ['a guest, a staff document', { role: 'guest' }, STAFF, false],
    ['a guest, a group document', { role: 'guest' }, GROUPS, false],
    ['the chair, a staff document', { role: 'chair' }, STAFF, true],
    ['the secretariat, a group document', { role: 'secretariat' }, GROUPS, true],
    ['the projector, a staff document', { role: 'projector' }, STAFF, false],
    ['the check-in desk, a group document', { role: 'checkin' }, GROUPS, false],
    ['the check-in desk, a staff document', { role: 'checkin' }, STAFF, false],
    ['the check-in desk, even an open document', { role: 'checkin' }, ALL, false],
    ['the projector, an open document', { role: 'projector' }, ALL, true],
    ['a delegate of the group', { role: 'delegate', group: 'Thường trực' }, GROUPS, true],
    ['a delegate of another group', { role: 'delegate', group: 'Ủy viên' }, GROUPS, false],
    ['a delegate with no group', { role: 'delegate', group: null }, GROUPS, false],
    ['a delegate, a staff document', { role: 'delegate', group: 'Thường trực' }, STAFF, false],
  ])('%s: %s', (_, reader, access, expected) => {
    expect(mayRead(reader, access)).toBe(expected);
  });

  it.each<[string, DocumentAccess, boolean]>([
    ['open to everyone: stays on a shared tablet after its reader signs out', ALL, true],
    ["a group's: goes, the next reader may be of another group", GROUPS, false],
    ['staff only: goes', STAFF, false],
  ])('%s', (_, access, expected) => {
    expect(keptWithoutReader(access)).toBe(expected);
  });

  it('turns a document a reader may not see into a deletion', () => {
    const doc = { id: 'x', itemId: null, title: 'Mật', sha256: 'a'.repeat(64), pages: 1, bytes: 10, access: STAFF, position: 0, version: 1, updatedAt: null, previousVersions: [] };
    expect(visibleChange({ role: 'guest' }, { collection: 'document', id: 'x', value: doc })).toEqual({ collection: 'document', id: 'x', value: null });
    expect(visibleChange({ role: 'chair' }, { collection: 'document', id: 'x', value: doc })).toEqual({ collection: 'document', id: 'x', value: doc });
  });
});
