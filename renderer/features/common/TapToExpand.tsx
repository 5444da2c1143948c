import { useState } from 'react';
import styles from './tapToExpand.module.css';

/**
 * A title cut short (an ellipsis after one line, or after `lines` lines) that shows in full on a tap and folds again
 * on another: a `title` attribute needs a mouse, a tablet has none. A button, so the keyboard reaches it and
 * `aria-expanded` says which it is; at least 44 px tall for a finger. A new text starts folded.
 */
export function TapToExpand({ text, lines = 1, className, testId }: { text: string; lines?: 1 | 2; className?: string; testId?: string }) {
  const [openText, setOpenText] = useState<string | null>(null);
  const open = openText === text;
  return (
    <button
      type="button"
      className={className ? `${styles.expand} ${className}` : styles.expand}
      aria-expanded={open}
      data-lines={lines}
      title={text}
      onClick={() => setOpenText(open ? null : text)}
      data-testid={testId}
    >
      <span className={styles.text}>{text}</span>
    </button>
  );
}
