// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { namespaces } from '../../app/strings.ts';
import { createI18n } from '../../i18n/index.ts';
import { memoryStorage } from '../../platform/index.ts';
import type { NoteTarget } from './NoteDialog.tsx';
import { PageAnnotations, type PageEdits } from './PageAnnotations.tsx';
import { INITIAL_TOOLS } from './tools.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A 600×800 page whose text layer holds two lines (one span each), at these boxes in pixels. */
const LINES = [
  { text: 'Two-Column Document', box: [100, 100, 400, 24] },
  { text: 'Your Name', box: [250, 160, 100, 18] },
] as const;

describe('a new note on a page with text', () => {
  let root: Root | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    vi.restoreAllMocks();
  });

  it('records the line of text beside its pin, so that a new version moves it with that line', async () => {
    // happy-dom lays nothing out: each element's box is its data-box, the page's otherwise.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const [x, y, w, h] = (this.dataset.box ?? '0,0,600,800').split(',').map(Number) as [number, number, number, number];
      return { x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
    });
    const holder = document.createElement('div');
    document.body.append(holder);
    const opened: NoteTarget[] = [];
    const edits: PageEdits = { add: () => undefined, erase: () => undefined, openNote: (target) => void opened.push(target), stylusSeen: () => undefined };
    const i18n = await createI18n(memoryStorage(), namespaces);
    root = createRoot(holder);
    await act(async () =>
      root!.render(
        <I18nextProvider i18n={i18n}>
          {/* As PageView lays a page out: its text layer, and the annotations' layer beside it. */}
          <div>
            <div className="rt-text-layer">
              {LINES.map((line) => (
                <span key={line.text} data-box={line.box.join(',')}>
                  {line.text}
                </span>
              ))}
            </div>
            <PageAnnotations index={3} zoom={1} size={{ width: 600, height: 800 }} rows={[]} tools={{ ...INITIAL_TOOLS, tool: 'note' }} edits={edits} mine="d1" />
          </div>
        </I18nextProvider>,
      ),
    );
    // A tap right of "Your Name", a little below it.
    const layer = holder.querySelector('[data-testid="annotation-layer"]')!;
    await act(async () => layer.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 420, clientY: 172, pointerId: 1, pointerType: 'touch' })));
    expect(opened).toHaveLength(1);
    const target = opened[0] as Extract<NoteTarget, { point: unknown }>;
    expect(target.page).toBe(3);
    expect(target.point).toEqual([0.7, 0.215]);
    expect(target.line?.quote.exact).toBe('YourName');
    expect(target.line?.box).toEqual({ x: 250 / 600, y: 160 / 800, w: 100 / 600, h: 18 / 800 });
    holder.remove();
  });
});
