import type { LocalAnnotation } from './local.ts';
import { Committed } from './PageAnnotations.tsx';
import styles from './annotations.module.css';

/**
 * The annotations to draw on an earlier version of a document, by page: those the hub carried from it to the current
 * version, each with its body as it was there (`carried.fromBody`), and any still on that version (made on it after
 * the replacement reached the hub, before the tablet heard of it).
 */
export function rowsOnVersion(rows: readonly LocalAnnotation[], sha256: string): Map<number, LocalAnnotation[]> {
  const pages = new Map<number, LocalAnnotation[]>();
  for (const row of rows) {
    const there = row.sha256 === sha256 ? row : row.carried?.fromSha256 === sha256 ? { ...row, body: row.carried.fromBody } : null;
    if (!there) continue;
    const page = there.body.page ?? 0;
    pages.set(page, [...(pages.get(page) ?? []), there]);
  }
  return pages;
}

const noNote = () => undefined;

/** One page's annotations on an earlier version: drawn as on the reader's pages, but nothing on them can be touched. */
export function EarlierAnnotations({ index, size, rows }: { index: number; size: { width: number; height: number }; rows: readonly LocalAnnotation[] }) {
  return (
    // inert: the notes' pins are buttons on the current version; here they are only shown (no focus, no tap).
    <div className={styles.layer} inert data-testid="annotation-layer-earlier" data-page={index}>
      <Committed rows={rows} aspect={size.height / size.width} onNote={noNote} />
    </div>
  );
}
