import type { Page } from 'playwright-core';

/** How many pixels of a reader page's canvas are drawn (not white), and how many are the watermark's red tint. */
export async function canvasPixels(page: Page, pageNumber: number): Promise<{ drawn: number; tinted: number; total: number }> {
  return page.evaluate((n) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="viewer-page-view"][data-page-number="${n}"] canvas`);
    if (!canvas) return { drawn: 0, tinted: 0, total: 0 };
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    let tinted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r < 250 || g < 250 || b < 250) drawn++;
      if (r - g > 12 && r - b > 12) tinted++;
    }
    return { drawn, tinted, total: data.length / 4 };
  }, pageNumber);
}
