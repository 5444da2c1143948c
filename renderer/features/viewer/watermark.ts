/**
 * Draws the reader's name and seat over a restricted document's page, into the page's own canvas: diagonal,
 * semi-transparent and repeated across the page, so that it is in every screenshot and photo of the screen,
 * and cannot be taken away by hiding an element.
 */
export function drawWatermark(canvas: HTMLCanvasElement, lines: readonly string[]): void {
  const context = canvas.getContext('2d');
  if (!context || lines.length === 0) return;
  const { width, height } = canvas;
  // Sized from the page, not the screen: the same look at every zoom.
  const fontPx = Math.max(12, Math.round(Math.min(width, height) / 26));
  const lineHeight = fontPx * 1.3;
  context.save();
  context.font = `600 ${fontPx}px "Noto Sans", "Segoe UI", sans-serif`;
  context.fillStyle = 'rgba(180, 35, 24, 0.16)';
  context.strokeStyle = 'rgba(255, 255, 255, 0.22)';
  context.lineWidth = Math.max(1, fontPx / 18);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const textWidth = Math.max(...lines.map((line) => context.measureText(line).width));
  const stepX = textWidth + fontPx * 4;
  const stepY = lineHeight * lines.length + fontPx * 3.5;
  const diagonal = Math.hypot(width, height);
  context.translate(width / 2, height / 2);
  context.rotate(-Math.atan2(height, width));
  for (let row = 0, y = -diagonal / 2; y <= diagonal / 2; row++, y += stepY) {
    // Every other row shifted by half a step: no straight gap to read between.
    for (let x = -diagonal / 2 - (row % 2 ? stepX / 2 : 0); x <= diagonal / 2 + stepX; x += stepX) {
      lines.forEach((line, i) => {
        const ly = y + (i - (lines.length - 1) / 2) * lineHeight;
        context.strokeText(line, x, ly);
        context.fillText(line, x, ly);
      });
    }
  }
  context.restore();
}
