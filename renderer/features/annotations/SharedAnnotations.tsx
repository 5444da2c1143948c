import type { LocalAnnotation } from './local.ts';
import { Committed } from './PageAnnotations.tsx';
import styles from './annotations.module.css';

/**
 * One page's annotations delegates shared, on the chair's or the secretariat's reader: drawn as on the tablet; a
 * note's pin opens it to read (nothing here can be changed: the hub takes annotations from their delegate only).
 */
export function SharedAnnotations({ index, size, rows, onNote }: { index: number; size: { width: number; height: number }; rows: readonly LocalAnnotation[]; onNote: (row: LocalAnnotation) => void }) {
  return (
    <div className={styles.layer} data-testid="annotation-layer-shared" data-page={index}>
      <Committed rows={rows} aspect={size.height / size.width} onNote={onNote} />
    </div>
  );
}
