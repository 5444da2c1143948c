import type { AgendaItem, Attendance, Delegate, Election, Meeting, Motion, Tally } from '../../protocol/model.ts';
import { electionResult } from '../elections/result.ts';
import { motionResult } from '../votes/result.ts';
import type { MinutesSource, MinutesVoter } from './source.ts';

/**
 * A small meeting for the minutes' tests: four delegates (one name stored decomposed, NFD, as some imports leave it),
 * three agenda items, a named motion with a paper vote, a secret motion with paper counts, an election of one seat.
 * Times in UTC; the room's clock is Asia/Ho_Chi_Minh (UTC+7).
 */

export const TZ = 'Asia/Ho_Chi_Minh';

const words = {
  vi: { yes: 'Tán thành', no: 'Không tán thành', abstain: 'Không biểu quyết' },
  en: { yes: 'Yes', no: 'No', abstain: 'Abstain' },
};

export const meeting: Meeting = {
  id: 'bch-12',
  title: 'Hội nghị Ban Chấp hành lần thứ 12',
  date: '2026-02-05',
  place: 'Hà Nội',
  status: 'closed',
  currentItemId: null,
  currentSince: null,
  quorumRule: { kind: 'majority' },
};

const delegate = (id: string, fullName: string, seat: string, title = ''): Delegate => ({ id, fullName, seat, title, organisation: 'Đảng ủy Khối', group: '', badgeSerial: 1 });

export const delegates: Delegate[] = [
  delegate('d10', 'Trần Thị Bình', '10', 'Phó Bí thư'),
  delegate('d2', 'Nguyễn Văn An', '2', 'Bí thư'),
  // "Lê Thị Ngọc Ánh" with its marks as combining characters (NFD): the minutes must print it composed.
  delegate('d3', 'Lê Thị Ngọc Ánh'.normalize('NFD'), '3'),
  delegate('d4', 'Phạm Đức Dũng', '4'),
];

export const attendance: Attendance[] = [
  { id: 'd2', status: 'present', checkedInAt: '2026-02-05T00:58:00Z', checkedOutAt: null },
  { id: 'd10', status: 'present', checkedInAt: '2026-02-05T01:02:30Z', checkedOutAt: null },
  { id: 'd3', status: 'absent', checkedInAt: '2026-02-05T01:05:00Z', checkedOutAt: '2026-02-05T03:10:00Z' },
  { id: 'd4', status: 'excused', checkedInAt: null, checkedOutAt: null },
];

const item = (id: string, position: number, title: string, parentId: string | null = null, durationMinutes: number | null = 30): AgendaItem => ({
  id,
  parentId,
  position,
  title,
  description: '',
  durationMinutes,
});

export const agenda: AgendaItem[] = [
  item('i2', 1, 'Công tác cán bộ', null, 45),
  item('i1', 0, 'Khai mạc', null, 10),
  item('i21', 0, 'Bầu Ủy viên Ban Thường vụ', 'i2', null),
];

const body = { present: 3, convened: 4, quorumHeld: true };

const motion = (id: string, itemId: string | null, title: string, ballot: Motion['ballot'], openedAt: string, counts: { ballots: Tally; paper: Tally }): Motion => ({
  id,
  itemId,
  title,
  text: '',
  ballot,
  rule: 'halfOfConvened',
  words,
  mayChange: false,
  durationSeconds: null,
  minimumSeconds: null,
  status: 'closed',
  createdAt: '2026-02-05T01:00:00Z',
  openedAt,
  closesAt: null,
  closedAt: new Date(Date.parse(openedAt) + 120_000).toISOString(),
  quorumOverride: null,
  result: motionResult({ rule: 'halfOfConvened', words }, counts, body),
});

/** Named: An and Bình yes on tablets, Ánh no on paper. */
export const namedMotion = motion('m1', 'i1', 'Thông qua chương trình hội nghị', 'named', '2026-02-05T01:10:00Z', {
  ballots: { yes: 2, no: 0, abstain: 0 },
  paper: { yes: 0, no: 1, abstain: 0 },
});
/** Secret: two on tablets (yes, abstain), one on paper (yes). Opened later under the same item. */
export const secretMotion = motion('m2', 'i1', 'Thông qua quy chế làm việc', 'secret', '2026-02-05T01:30:00Z', {
  ballots: { yes: 1, no: 0, abstain: 1 },
  paper: { yes: 1, no: 0, abstain: 0 },
});
const voter = (d: Delegate, paper: boolean, extra: Partial<MinutesVoter> = {}): MinutesVoter => ({ delegateId: d.id, fullName: d.fullName, seat: d.seat, paper, ...extra });
const [binh, an, anh] = delegates as [Delegate, Delegate, Delegate, Delegate];

const setup = { round: 1, seats: 1, candidates: ['c1', 'c2'], base: 'convened' as const };
const names: Record<string, string> = { c1: 'Trần Thị Bình', c2: 'Phạm Đức Dũng' };
export const election: Election = {
  id: 'e1',
  itemId: 'i21',
  title: 'Bầu Ủy viên Ban Thường vụ',
  ballot: 'named',
  base: 'convened',
  candidates: [
    { id: 'c1', name: names.c1 ?? '' },
    { id: 'c2', name: names.c2 ?? '' },
  ],
  durationSeconds: null,
  minimumSeconds: null,
  createdAt: '2026-02-05T02:00:00Z',
  rounds: [
    {
      round: 1,
      seats: 1,
      candidates: ['c1', 'c2'],
      status: 'closed',
      openedAt: '2026-02-05T02:05:00Z',
      closesAt: null,
      closedAt: '2026-02-05T02:08:00Z',
      quorumOverride: null,
      result: electionResult(
        setup,
        { ballots: { valid: 2, invalid: 0, blank: 0, votes: { c1: 2, c2: 0 } }, paper: { valid: 1, invalid: 0, blank: 0, votes: { c1: 1, c2: 0 } } },
        { convened: 4, present: 3, quorumHeld: true },
        (id) => names[id],
      ),
    },
  ],
};

/** A motion prepared and never opened: not part of the record. */
const prepared: Motion = { ...namedMotion, id: 'm9', title: 'Chưa mở', status: 'prepared', openedAt: null, closedAt: null, result: null };

export function testSource(over: Partial<MinutesSource> = {}): MinutesSource {
  return {
    meeting,
    publishedAt: '2026-02-05T00:30:00Z',
    endedAt: '2026-02-05T04:00:00Z',
    agenda,
    delegates,
    attendance,
    // Listed out of order: the minutes order them by agenda item, then by opening time.
    motions: [
      { motion: secretMotion, voters: [voter(an, false), voter(binh, false), voter(anh, true)] },
      { motion: prepared, voters: [] },
      { motion: namedMotion, voters: [voter(binh, false, { answer: 'yes' }), voter(anh, true, { answer: 'no' }), voter(an, false, { answer: 'yes' })] },
    ],
    elections: [
      {
        election,
        voters: {
          1: [voter(an, false, { marks: { c1: 'keep', c2: 'strike' } }), voter(binh, false, { marks: { c1: 'keep', c2: 'strike' } }), voter(anh, true, { marks: { c1: 'keep', c2: 'strike' } })],
        },
      },
    ],
    speeches: [
      { delegateId: 'd10', itemId: 'i2', kind: 'speech', status: 'done', requestedAt: '2026-02-05T01:40:00Z', startedAt: '2026-02-05T01:45:00Z', endedAt: '2026-02-05T01:49:05Z' },
      { delegateId: 'd2', itemId: 'i1', kind: 'pointOfOrder', status: 'done', requestedAt: '2026-02-05T01:20:00Z', startedAt: '2026-02-05T01:21:00Z', endedAt: '2026-02-05T01:22:00Z' },
      { delegateId: 'd4', itemId: 'i2', kind: 'speech', status: 'withdrawn', requestedAt: '2026-02-05T01:41:00Z', startedAt: null, endedAt: null },
    ],
    itemTimes: [
      { itemId: 'i1', spentSeconds: 25 * 60 + 20, since: null },
      { itemId: 'i2', spentSeconds: 40 * 60, since: null },
    ],
    auditHead: { seq: 42, hash: 'ea292b9624c1ee3e260d74bc1efe49979023943b16e97583a6689e1bd3fe1356' },
    ...over,
  };
}
