import { describe, expect, it } from 'vitest';
import { cameraProblem } from './useCameraScanner.ts';

const failure = (name: string) => Object.assign(new Error(name), { name });

describe('camera problems, in words the desk can act on', () => {
  it('tells a refused permission from a missing camera, a busy one and an insecure page', () => {
    expect(cameraProblem(failure('NotAllowedError'))).toBe('denied');
    expect(cameraProblem(failure('NotFoundError'))).toBe('noCamera');
    expect(cameraProblem(failure('OverconstrainedError'))).toBe('noCamera');
    expect(cameraProblem(failure('NotReadableError'))).toBe('busy');
    expect(cameraProblem(failure('SecurityError'))).toBe('insecure');
    expect(cameraProblem(new Error('something else'))).toBe('failed');
    expect(cameraProblem(null)).toBe('failed');
  });
});
