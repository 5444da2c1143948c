import { carry, indexPage, type IndexedPage, type Placement, type TextRun } from '../../../shared/domain/annotations/index.ts';
import type { AnnotationBody } from '../../../shared/protocol/index.ts';
import type { AnnotationRecord } from '../store/store.ts';

/** A new version's pages, indexed once for all the annotations carried to it. */
export const indexPages = (pages: readonly TextRun[][]): IndexedPage[] => pages.map((runs) => indexPage(runs));

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** An annotation's body as the carry-over sees it: a page and what anchors it there. */
function placementOf(body: AnnotationBody): Placement {
  return { page: body.page ?? 0, text: body.text ?? null, line: body.line ?? null, rects: body.rects, points: body.points };
}

/**
 * The annotation on the new version: its body re-anchored (shared/domain/annotations), the old body and what became
 * of it kept in `carried` so the earlier version can still show it. A new revision and seq: every device takes it.
 */
export function carriedRecord(
  record: AnnotationRecord,
  to: { sha256: string; pages: readonly IndexedPage[] },
  from: { version: number },
  at: string,
  seq: number,
): AnnotationRecord {
  const result = carry(to.pages, placementOf(record.body));
  const p = result.placement;
  const body: AnnotationBody = { ...record.body, page: p.page };
  if (p.text) body.text = p.text;
  if (p.line !== undefined) body.line = p.line ? { ...p.line, box: clampBox(p.line.box) } : p.line;
  if (p.rects) body.rects = p.rects.map(clampBox);
  if (p.points) body.points = p.points.map(([x = 0, y = 0, ...rest]) => [clamp(x), clamp(y), ...rest] as [number, number]);
  return {
    ...record,
    sha256: to.sha256,
    body,
    rev: record.rev + 1,
    seq,
    updatedAt: at,
    carried: {
      status: result.status,
      unchecked: result.reason === 'no_text',
      fromSha256: record.sha256 ?? '',
      fromVersion: from.version,
      fromBody: record.body,
      at,
    },
  };
}

function clampBox(box: { x: number; y: number; w: number; h: number }) {
  const x = clamp(box.x);
  const y = clamp(box.y);
  return { x, y, w: Math.min(box.w, 1 - x), h: Math.min(box.h, 1 - y) };
}
