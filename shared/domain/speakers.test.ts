import { describe, expect, it } from 'vitest';
import type { Speech } from '../protocol/model.ts';
import { clockText, countdownPhase, insertIndex, limitFor, moveTo, overPlanSeconds, secondsLeft, spentSeconds, waitingQueue, warningSeconds } from './speakers.ts';

const T0 = Date.parse('2026-12-07T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

const speech = (id: string, kind: Speech['kind'], status: Speech['status'], position: number | null, requested = 0): Pick<Speech, 'id' | 'kind' | 'status' | 'position' | 'requestedAt'> => ({
  id,
  kind,
  status,
  position,
  requestedAt: at(requested),
});

describe('speaker queue', () => {
  it('orders the waiting requests by their place, leaving out those speaking, done or withdrawn', () => {
    const list = [
      speech('c', 'speech', 'waiting', 2),
      speech('x', 'speech', 'speaking', null),
      speech('a', 'pointOfOrder', 'waiting', 0),
      speech('w', 'speech', 'withdrawn', null),
      speech('b', 'speech', 'waiting', 1),
      speech('d', 'speech', 'done', null),
    ];
    expect(waitingQueue(list).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it.each<[string, Speech['kind'][], Speech['kind'], number]>([
    ['a speech into an empty queue', [], 'speech', 0],
    ['a speech goes last', ['speech', 'speech'], 'speech', 2],
    ['a point of order into an empty queue', [], 'pointOfOrder', 0],
    ['a point of order jumps every ordinary request', ['speech', 'speech', 'speech'], 'pointOfOrder', 0],
    ['a point of order waits behind earlier points of order', ['pointOfOrder', 'pointOfOrder', 'speech'], 'pointOfOrder', 2],
    ['a point of order behind a queue of points of order only', ['pointOfOrder'], 'pointOfOrder', 1],
    ['a point of order ahead of the first ordinary one, even if the chair put one lower', ['pointOfOrder', 'speech', 'pointOfOrder'], 'pointOfOrder', 1],
    ['a speech goes last behind points of order', ['pointOfOrder'], 'speech', 1],
  ])('%s', (_, queue, kind, index) => {
    expect(insertIndex(queue.map((k) => ({ kind: k })), kind)).toBe(index);
  });

  it.each<[string, string[], string, number, string[]]>([
    ['to the head', ['a', 'b', 'c'], 'c', 0, ['c', 'a', 'b']],
    ['down one', ['a', 'b', 'c'], 'a', 1, ['b', 'a', 'c']],
    ['to the end', ['a', 'b', 'c'], 'a', 2, ['b', 'c', 'a']],
    ['beyond the end: last', ['a', 'b', 'c'], 'b', 99, ['a', 'c', 'b']],
    ['to its own place: unchanged', ['a', 'b', 'c'], 'b', 1, ['a', 'b', 'c']],
    ['an id not in the queue: unchanged', ['a', 'b'], 'z', 0, ['a', 'b']],
    ['a queue of one', ['a'], 'a', 5, ['a']],
  ])('moves %s', (_, ids, id, to, expected) => {
    expect(moveTo(ids, id, to)).toEqual(expected);
  });
});

describe('speaking-time limits', () => {
  it.each<[string, number | null, Record<string, number>, string | null, number | null]>([
    ['no limits at all', null, {}, 'i1', null],
    ['the meeting\'s', 120, {}, 'i1', 120],
    ['the item\'s own before the meeting\'s', 120, { i1: 300 }, 'i1', 300],
    ['another item\'s is not this one\'s', 120, { i2: 300 }, 'i1', 120],
    ['an item\'s own without a meeting limit', null, { i1: 60 }, 'i1', 60],
    ['no current item: the meeting\'s', 90, { i1: 60 }, null, 90],
  ])('%s', (_, meetingSeconds, items, itemId, expected) => {
    expect(limitFor({ meetingSeconds, items }, itemId)).toBe(expected);
  });

  it.each<[number, number]>([
    [10, 5],
    [30, 6],
    [60, 12],
    [120, 24],
    [150, 30],
    [600, 30],
  ])('warns %i s before the end of a %i s limit', (limit, warning) => {
    expect(warningSeconds(limit)).toBe(warning);
  });

  it.each<[string, number | null, string | null, number, number | null]>([
    ['at the start', 120, at(0), 0, 120],
    ['half way', 120, at(0), 60, 60],
    ['a second short of a second is not a second', 120, at(0), 0.9, 120],
    ['over by ten seconds', 120, at(0), 130, -10],
    ['a client clock behind the start counts from the limit', 120, at(10), 0, 120],
    ['no limit', null, at(0), 30, null],
    ['not started', 120, null, 30, null],
  ])('seconds left: %s', (_, limitSeconds, startedAt, nowSeconds, left) => {
    expect(secondsLeft({ limitSeconds, startedAt }, T0 + nowSeconds * 1000)).toBe(left);
  });

  it.each<[number, number, string]>([
    [120, 120, 'running'],
    [25, 120, 'running'],
    [24, 120, 'warning'],
    [1, 120, 'warning'],
    [0, 120, 'over'],
    [-5, 120, 'over'],
  ])('%i s left of %i: %s', (left, limit, phase) => {
    expect(countdownPhase(left, limit)).toBe(phase);
  });
});

describe('time per agenda item', () => {
  it.each<[string, { spentSeconds: number; since: string | null } | undefined, number, number]>([
    ['never current', undefined, 100, 0],
    ['finished stretches only', { spentSeconds: 300, since: null }, 100, 300],
    ['current now, first stretch', { spentSeconds: 0, since: at(40) }, 100, 60],
    ['current again after earlier stretches', { spentSeconds: 300, since: at(90) }, 100, 310],
  ])('%s', (_, time, nowSeconds, spent) => {
    expect(spentSeconds(time, T0 + nowSeconds * 1000)).toBe(spent);
  });

  it.each<[number, number | null, number]>([
    [600, null, 0],
    [600, 10, 0],
    [601, 10, 1],
    [900, 10, 300],
    [0, 0, 0],
  ])('%i s spent against %s min planned: %i s over', (spent, planned, over) => {
    expect(overPlanSeconds(spent, planned)).toBe(over);
  });

  it.each<[number, string]>([
    [0, '0:00'],
    [59, '0:59'],
    [61, '1:01'],
    [600, '10:00'],
    [3661, '1:01:01'],
    [-12, '−0:12'],
  ])('%i s reads %s', (seconds, text) => {
    expect(clockText(seconds)).toBe(text);
  });
});
