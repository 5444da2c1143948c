// A stroke's shape, the same on the page and in the annotated copy: perfect-freehand's outline of the pen's points,
// drawn as one filled path in a page 1000 units wide (an SVG viewBox on screen, scaled into PDF points on export).
import { getStroke } from 'perfect-freehand';

/** The page's width in path units: a stroke's width is in thousandths of the page width. */
export const PAGE_UNITS = 1000;

/** Pressure a device without a pen reports (a mouse, most fingers): the pen's thinning is simulated instead. */
const FLAT = 0.5;

/**
 * The filled outline of a stroke as an SVG path in a box PAGE_UNITS wide and PAGE_UNITS·aspect high (aspect: the
 * page's height over its width). `points` are [x, y, pressure?] in page fractions; `width` in thousandths of the width.
 */
export function inkPath(points: readonly (readonly number[])[], width: number, aspect: number, last = true): string {
  const real = points.some((p) => p[2] !== undefined && p[2] !== FLAT);
  const input = points.map(([x = 0, y = 0, pressure = FLAT]) => [x * PAGE_UNITS, y * PAGE_UNITS * aspect, pressure]);
  const outline = getStroke(input, {
    // perfect-freehand draws small sizes badly (its issue #88): these sizes are at 1000 units, never below 1 px.
    size: width,
    thinning: real ? 0.6 : 0.5,
    smoothing: 0.5,
    streamline: 0.45,
    simulatePressure: !real,
    last,
  });
  return pathOf(outline);
}

/** A closed polygon as an SVG path, its corners smoothed by quadratic curves through the midpoints (as perfect-freehand's README). */
export function pathOf(outline: readonly (readonly number[])[]): string {
  if (outline.length < 2) return '';
  const round = (n: number) => Math.round(n * 100) / 100;
  const [first] = outline as [readonly number[]];
  let d = `M${round(first[0] ?? 0)},${round(first[1] ?? 0)}Q`;
  for (let i = 0; i < outline.length; i++) {
    const [x0 = 0, y0 = 0] = outline[i] as readonly number[];
    const [x1 = 0, y1 = 0] = outline[(i + 1) % outline.length] as readonly number[];
    d += `${round(x0)},${round(y0)} ${round((x0 + x1) / 2)},${round((y0 + y1) / 2)} `;
  }
  return `${d.trimEnd()}Z`;
}
