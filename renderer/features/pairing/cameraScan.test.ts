import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { cameraProblemOf, cameraUnavailable, loadQrDecoder } from './cameraScan.ts';

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

  it('decodes a QR code from an RGBA frame with jsQR', async () => {
    const text = 'http://192.168.1.10:4010/pair?code=042517&meeting=demo';
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const scale = 4;
    const quiet = 4;
    const side = (modules.size + 2 * quiet) * scale;
    const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const row = Math.floor(y / scale) - quiet;
        const col = Math.floor(x / scale) - quiet;
        if (row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col)) {
          rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
    }
    const decode = await loadQrDecoder();
    expect(decode(rgba, side, side)).toBe(text);
    expect(decode(new Uint8ClampedArray(40 * 40 * 4).fill(255), 40, 40)).toBeNull();
  });
});
