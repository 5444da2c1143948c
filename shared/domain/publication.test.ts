import { describe, expect, it } from 'vitest';
import type { DocumentAccess, MeetingStatus } from '../protocol/model.ts';
import type { Role } from '../protocol/roles.ts';
import type { Reader } from './access.ts';
import { mayFetch, meetingVisibleTo } from './publication.ts';

const ALL: DocumentAccess = { kind: 'all' };
const STAFF: DocumentAccess = { kind: 'staff' };
const GROUPS: DocumentAccess = { kind: 'groups', groups: ['Thường trực'] };
const member: Reader = { role: 'delegate', group: 'Thường trực' };

describe('who sees a meeting', () => {
  it.each<[Role, MeetingStatus, boolean]>([
    ['guest', 'draft', false],
    ['delegate', 'draft', false],
    ['secretariat', 'draft', true],
    ['chair', 'draft', true],
    ['projector', 'draft', true],
    ['checkin', 'draft', true],
    ['guest', 'published', true],
    ['delegate', 'published', true],
    ['delegate', 'closed', true],
    ['guest', 'closed', true],
  ])('%s, a %s meeting: %s', (role, status, expected) => {
    expect(meetingVisibleTo(role, status)).toBe(expected);
  });
});

describe('who may fetch a document', () => {
  it.each<[string, Reader, MeetingStatus, DocumentAccess, boolean]>([
    ['a delegate, an open document of a draft', member, 'draft', ALL, false],
    ['a guest, an open document of a draft', { role: 'guest' }, 'draft', ALL, false],
    ['the secretariat, a staff document of a draft', { role: 'secretariat' }, 'draft', STAFF, true],
    ['the projector, an open document of a draft', { role: 'projector' }, 'draft', ALL, true],
    ['the projector, a staff document of a draft', { role: 'projector' }, 'draft', STAFF, false],
    ['a delegate, an open document once published', member, 'published', ALL, true],
    ['a delegate of the group, its document once published', member, 'published', GROUPS, true],
    ['a delegate of another group, once published', { role: 'delegate', group: 'Ủy viên' }, 'published', GROUPS, false],
    ['a delegate of the group, its document once closed', member, 'closed', GROUPS, false],
    ['a delegate, an open document once closed', member, 'closed', ALL, true],
    ['a guest, an open document once closed', { role: 'guest' }, 'closed', ALL, true],
    ['the chair, a staff document once closed', { role: 'chair' }, 'closed', STAFF, true],
    ['the secretariat, a group document once closed', { role: 'secretariat' }, 'closed', GROUPS, true],
  ])('%s: %s', (_, reader, status, access, expected) => {
    expect(mayFetch(reader, status, access)).toBe(expected);
  });
});
