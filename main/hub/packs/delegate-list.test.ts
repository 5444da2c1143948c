import { describe, expect, it } from 'vitest';
import { readDelegateList } from './delegate-list.ts';
import { PackError, problemLine } from './problems.ts';

const csv = (text: string) => new TextEncoder().encode(text);

describe("a meeting folder's delegate list", () => {
  it('reads the delegates of a list without problems', async () => {
    expect(await readDelegateList(csv('Họ và tên,Ghế\nLê An,1\nTrần Bình,2\n'), 'delegates.csv')).toEqual([
      { fullName: 'Lê An', title: '', organisation: '', group: '', seat: '1' },
      { fullName: 'Trần Bình', title: '', organisation: '', group: '', seat: '2' },
    ]);
  });

  it('stops the build on a seat given twice, although the import screen would only leave it out: a folder is fixed, not imported as it can', async () => {
    const read = readDelegateList(csv('Họ và tên,Ghế\nLê An,1\nTrần Bình,1\n,3\n'), 'delegates.csv');
    await expect(read).rejects.toBeInstanceOf(PackError);
    const error = (await read.catch((e: unknown) => e)) as PackError;
    expect(error.code).toBe('bad_folder');
    expect(error.problems.map(problemLine)).toEqual([
      'delegates.csv: Line 2: seat 1 (column "Ghế") is also given on line 3; the delegate is imported without a seat, to be assigned afterwards.',
      'delegates.csv: Line 3: seat 1 (column "Ghế") is also given on line 2; the delegate is imported without a seat, to be assigned afterwards.',
      'delegates.csv: Line 4: the name is empty (column "Họ và tên").',
    ]);
  });
});
