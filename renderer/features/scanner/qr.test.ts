import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { loadQrDecoder } from './qr.ts';

/** An RGBA frame with the QR code drawn black on white, `scale` pixels a module, with a quiet zone. */
function frame(text: string, scale = 6): { rgba: Uint8ClampedArray; size: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const size = (modules + 8) * scale;
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / scale) - 4;
      const my = Math.floor(y / scale) - 4;
      const dark = mx >= 0 && my >= 0 && mx < modules && my < modules && qr.modules.get(my, mx);
      if (dark) rgba.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  }
  return { rgba, size };
}

describe('camera decoding', () => {
  it('reads a badge token from a frame, and nothing from a blank one', async () => {
    const decode = await loadQrDecoder();
    const token = 'RT1.demo.del-01.2.kt3.Q2hhbmdlZCBieSBub2JvZHk';
    const { rgba, size } = frame(token);
    expect(decode(rgba, size, size)).toBe(token);
    expect(decode(new Uint8ClampedArray(200 * 200 * 4).fill(255), 200, 200)).toBeNull();
  });

  it('reads the room QR (a pairing link) at four pixels a module', async () => {
    const decode = await loadQrDecoder();
    const text = 'http://192.168.1.10:4010/pair?code=042517&meeting=demo';
    const { rgba, size } = frame(text, 4);
    expect(decode(rgba, size, size)).toBe(text);
    expect(decode(new Uint8ClampedArray(40 * 40 * 4).fill(255), 40, 40)).toBeNull();
  });
});
