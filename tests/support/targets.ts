import type { Page } from 'playwright-core';

/** Every visible button, link and form control on the page smaller than `min` CSS px either way: what a finger misses. */
export function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((least) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], input, select, summary')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || (el as HTMLInputElement).type === 'hidden') continue;
      if (el.closest('[aria-hidden="true"], .visually-hidden, .textLayer, [data-testid="viewer-links"]')) continue;
      if (Math.round(box.width) < least || Math.round(box.height) < least) {
        out.push(`${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    }
    return out;
  }, min);
}
