// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { TapToExpand } from './TapToExpand.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LONG = 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026 và phương hướng, nhiệm vụ năm 2027';

describe('a title that shows in full on a tap', () => {
  let root: Root;
  let container: HTMLDivElement;
  const render = async (text: string, lines?: 1 | 2) => {
    await act(async () => root.render(<TapToExpand text={text} lines={lines} className="heading" testId="title" />));
    return container.querySelector<HTMLButtonElement>('[data-testid="title"]')!;
  };
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  const mount = () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  };

  it('is a button named by the whole title, folded first, unfolded and folded again by a tap or the keyboard', async () => {
    mount();
    const button = await render(LONG);
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.textContent).toBe(LONG);
    expect(button.title).toBe(LONG);
    expect(button.className).toContain('heading');
    expect(button.dataset.lines).toBe('1');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(async () => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Enter and Space on a button click it: the same toggle from the keyboard.
    button.focus();
    expect(document.activeElement).toBe(button);
    await act(async () => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('unfolds over what is below when asked (a header keeps its height): marked for the card, the same toggle', async () => {
    mount();
    const button = await render(LONG);
    expect(button.dataset.over).toBeUndefined();
    await act(async () => root.render(<TapToExpand text={LONG} over testId="title" />));
    expect(button.dataset.over).toBe('true');
    await act(async () => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The card shows the button's title: the whole text.
    expect(button.title).toBe(LONG);
  });

  it('folds again when its text changes (the next item, another document)', async () => {
    mount();
    const button = await render(LONG, 2);
    expect(button.dataset.lines).toBe('2');
    await act(async () => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const next = await render('Bế mạc', 2);
    expect(next.textContent).toBe('Bế mạc');
    expect(next.getAttribute('aria-expanded')).toBe('false');
  });
});
