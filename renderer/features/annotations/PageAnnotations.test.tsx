// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { namespaces } from '../../app/strings.ts';
import { createI18n } from '../../i18n/index.ts';
import { memoryStorage } from '../../platform/index.ts';
import type { LocalAnnotation } from './local.ts';

// Counts the stroke outlines computed: the cost a page of 500 strokes must not pay again for each new one.
const outlines = vi.hoisted(() => ({ count: 0 }));
vi.mock('./ink.ts', async (original) => {
  const real = await original<typeof import('./ink.ts')>();
  return { ...real, inkPath: (...args: Parameters<typeof real.inkPath>) => (outlines.count++, real.inkPath(...args)) };
});
const { Committed } = await import('./PageAnnotations.tsx');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function stroke(n: number): LocalAnnotation {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    meetingId: 'm',
    delegateId: 'd',
    documentId: 'doc',
    sha256: 'a'.repeat(64),
    itemId: null,
    kind: 'ink',
    visibility: 'private',
    body: { page: 0, color: '#1d4ed8', width: 3, points: [[0.1, 0.1 + n / 1000, 0.5], [0.5, 0.2 + n / 1000, 0.5], [0.9, 0.3, 0.5]], line: null },
    rev: 1,
    seq: n + 1,
    deleted: false,
    carried: null,
    updatedAt: '2026-12-07T00:00:00.000Z',
    pending: null,
    baseRev: 0,
  };
}

describe('the committed annotations of a page', () => {
  let root: Root | null = null;
  afterEach(() => act(() => root?.unmount()));

  it('outlines only the stroke added, not the 500 already on the page, nor any when the screen re-renders', async () => {
    const i18n = await createI18n(memoryStorage(), namespaces);
    const container = document.createElement('div');
    root = createRoot(container);
    const show = (rows: LocalAnnotation[], onNote = () => undefined) =>
      act(() =>
        root!.render(
          <I18nextProvider i18n={i18n}>
            <Committed rows={rows} aspect={1.414} onNote={onNote} />
          </I18nextProvider>,
        ),
      );
    const stored = Array.from({ length: 500 }, (_, n) => stroke(n));
    show(stored);
    expect(container.querySelectorAll('[data-testid="annotation-ink"]')).toHaveLength(500);
    expect(outlines.count).toBe(500);

    const added = stroke(500);
    show([...stored, added]);
    expect(container.querySelectorAll('[data-testid="annotation-ink"]')).toHaveLength(501);
    expect(outlines.count).toBe(501);

    // A new list and a new callback (the screen rendered again): nothing outlined again.
    show([...stored, added], () => undefined);
    expect(outlines.count).toBe(501);

    // The page's shape changed (another page size): every outline again, as it must.
    act(() =>
      root!.render(
        <I18nextProvider i18n={i18n}>
          <Committed rows={stored} aspect={0.7} onNote={() => undefined} />
        </I18nextProvider>,
      ),
    );
    expect(outlines.count).toBe(1001);
  });
});
