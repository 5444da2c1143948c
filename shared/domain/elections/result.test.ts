import { describe, expect, it } from 'vitest';
import { emptyElectionCount } from './count.ts';
import { electionResult } from './result.ts';
import type { ElectionSetup } from './setup.ts';

const setup: ElectionSetup = { round: 1, seats: 2, candidates: ['an', 'binh', 'chi'], base: 'convened' };
const names: Record<string, string> = { an: 'Nguyễn Văn An', binh: 'Trần Thị Bình', chi: 'Lê Minh Chi' };
const body = { convened: 11, present: 10, quorumHeld: true };

describe('an election result as the hub freezes it', () => {
  it('adds the paper count to the tablets\', keeps it apart, and says it in both languages', () => {
    const ballots = { valid: 8, invalid: 0, blank: 1, votes: { an: 7, binh: 5, chi: 3 } };
    const paper = { valid: 1, invalid: 1, blank: 0, votes: { an: 1, binh: 1, chi: 0 } };
    const result = electionResult(setup, { ballots, paper }, body, (id) => names[id]);
    expect(result).toMatchObject({ valid: 9, invalid: 1, blank: 1, base: 11, threshold: 6, elected: ['an', 'binh'], seatsLeft: 0, present: 10 });
    expect(result.paper).toEqual({ valid: 1, invalid: 1, blank: 0 });
    expect(result.words.vi.outcome).toBe('Trúng cử đủ số lượng cần bầu (2): Nguyễn Văn An và Trần Thị Bình');
    expect(result.words.en.candidates[0]).toBe('Nguyễn Văn An: 8 of 11 delegates convened, more than half — elected');
  });

  it('reports a tie at the cut-off and leaves the seat open', () => {
    const ballots = { valid: 10, invalid: 0, blank: 0, votes: { an: 9, binh: 7, chi: 7 } };
    const result = electionResult(setup, { ballots, paper: emptyElectionCount(setup) }, body, (id) => names[id]);
    expect(result.tie).toEqual({ candidates: ['binh', 'chi'], votes: 7, seatsLeft: 1 });
    expect(result.elected).toEqual(['an']);
    expect(result.seatsLeft).toBe(1);
  });
});
