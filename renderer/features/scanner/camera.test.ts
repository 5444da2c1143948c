import { describe, expect, it } from 'vitest';
import { cameraProblemOf, cameraUnavailable } from './camera.ts';

describe('camera scanning', () => {
  it('says why there is no camera before asking for one', () => {
    expect(cameraUnavailable({ isSecureContext: false })).toBe('insecure');
    expect(cameraUnavailable({ isSecureContext: true, navigator: {} as Navigator })).toBe('unsupported');
    const navigator = { mediaDevices: { getUserMedia: () => Promise.reject(new Error('x')) } } as unknown as Navigator;
    expect(cameraUnavailable({ isSecureContext: true, navigator })).toBeNull();
  });

  it('names the getUserMedia failures people can act on', () => {
    expect(cameraProblemOf(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(new DOMException('none', 'NotFoundError'))).toBe('no_camera');
    expect(cameraProblemOf(new DOMException('busy', 'NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(new Error('?'))).toBe('failed');
    expect(cameraProblemOf(null)).toBe('failed');
  });

  // What the check-in desk's own scanner said before the two became one: the same names now.
  it('tells a refused permission from a missing camera, a busy one and an insecure page', () => {
    const failure = (name: string) => Object.assign(new Error(name), { name });
    expect(cameraProblemOf(failure('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(failure('NotFoundError'))).toBe('no_camera');
    expect(cameraProblemOf(failure('OverconstrainedError'))).toBe('no_camera');
    expect(cameraProblemOf(failure('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(failure('SecurityError'))).toBe('insecure');
    expect(cameraProblemOf(new Error('something else'))).toBe('failed');
    expect(cameraProblemOf(null)).toBe('failed');
  });
});
