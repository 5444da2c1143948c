import { describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAppCors } from './app-cors.ts';

function exchange(method: string, origin: string | undefined) {
  const headers: Record<string, string> = {};
  let status: number | null = null;
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    writeHead: (code: number, more: Record<string, string>) => {
      status = code;
      for (const [name, value] of Object.entries(more)) headers[name.toLowerCase()] = value;
    },
    end: () => {},
  };
  const answered = answerAppCors({ method, headers: origin === undefined ? {} : { origin } } as IncomingMessage, res as unknown as ServerResponse);
  return { answered, headers, status: status as number | null };
}

describe('CORS for the desktop app', () => {
  it('lets exactly app://roundtable read answers and answers its preflight', () => {
    const get = exchange('GET', 'app://roundtable');
    expect(get.answered).toBe(false);
    expect(get.headers['access-control-allow-origin']).toBe('app://roundtable');
    const preflight = exchange('OPTIONS', 'app://roundtable');
    expect(preflight.answered).toBe(true);
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');
    expect(preflight.headers['access-control-allow-headers']).toContain('X-Device-Token');
  });

  it.each([['another site', 'https://evil.example'], ['another app host', 'app://roundtable.evil'], ['a file', 'null'], ['no Origin', undefined]])(
    'gives %s no CORS header and leaves its OPTIONS to be refused',
    (_what, origin) => {
      for (const method of ['GET', 'POST', 'OPTIONS']) {
        const answer = exchange(method, origin);
        expect(answer.answered).toBe(false);
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      }
    },
  );
});
