import { describe, expect, it } from 'vitest';
import { afterPairing, pairCodeOf, pairUrl, readPairUrl } from './pairLink.ts';

const FP = '083c2372b210ea932f393107fec94dacb117113c162fb9377360e15fb20b4892';

describe('room QR links', () => {
  it('builds the link the room QR holds, for each hub address', () => {
    expect(pairUrl('http://192.168.1.10:4010', '042517', 'demo')).toBe('http://192.168.1.10:4010/pair?code=042517&meeting=demo');
    expect(pairUrl('http://10.0.0.5:4010/', '042517', null)).toBe('http://10.0.0.5:4010/pair?code=042517');
    expect(pairUrl('https://10.0.0.5:4010', '042517', 'demo', FP)).toBe(`https://10.0.0.5:4010/pair?code=042517&meeting=demo&fp=${FP}`);
  });

  it('carries the room certificate’s fingerprint, and old links without it still pair', () => {
    expect(readPairUrl(`https://h:4010/pair?code=042517&meeting=demo&fp=${FP}`)).toEqual({ code: '042517', meetingId: 'demo', fingerprint: FP });
    expect(readPairUrl(`https://h:4010/pair?code=042517&fp=${FP.toUpperCase().replace(/(..)(?!$)/g, '$1:')}`)?.fingerprint).toBe(FP);
    expect(readPairUrl('http://h:4010/pair?code=042517')?.fingerprint).toBeNull();
    expect(readPairUrl(`https://h:4010/pair?code=042517&fp=${FP.slice(1)}`)?.fingerprint).toBeNull();
    expect(readPairUrl(`https://h:4010/pair?code=042517&fp=${FP.slice(1)}g`)?.fingerprint).toBeNull();
  });

  it('reads a scanned link back, and nothing else', () => {
    expect(readPairUrl('http://192.168.1.10:4010/pair?code=042517&meeting=demo')).toEqual({ code: '042517', meetingId: 'demo', fingerprint: null });
    expect(readPairUrl(' http://h:4010/pair/?code=042 517 ')).toEqual({ code: '042517', meetingId: null, fingerprint: null });
    expect(readPairUrl('http://h:4010/pair?code=042517&meeting=../../x')).toEqual({ code: '042517', meetingId: null, fingerprint: null });
    expect(readPairUrl('http://h:4010/pair?code=12345')).toBeNull();
    expect(readPairUrl('http://h:4010/tablet/demo?code=042517')).toBeNull();
    expect(readPairUrl('RT1.demo.p1.1.abc.mac')).toBeNull();
    expect(readPairUrl('javascript:alert(1)//pair?code=042517')).toBeNull();
  });

  it('accepts a typed code with spaces or a dash, six digits only', () => {
    expect(pairCodeOf('042 517')).toBe('042517');
    expect(pairCodeOf('042-517')).toBe('042517');
    expect(pairCodeOf('04251')).toBeNull();
    expect(pairCodeOf('04251a')).toBeNull();
  });

  it('goes to the meeting’s tablet screen once paired, or home', () => {
    expect(afterPairing('demo')).toBe('/tablet/demo');
    expect(afterPairing(null)).toBe('/');
  });
});
