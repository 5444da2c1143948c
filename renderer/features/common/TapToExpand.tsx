import { useState } from 'react';
import styles from './tapToExpand.module.css';

/**
 * A title cut short (an ellipsis after one line, or after `lines` lines) that shows in full on a tap and folds again
 * on another: a `title` attribute needs a mouse, a tablet has none. A button, so the keyboard reaches it and
 * `aria-expanded` says which it is; at least 44 px tall for a finger. A new text starts folded. `over`: unfolded,
 * the line keeps its height and the whole text shows in a card hanging below it (a header's fixed height).
 */
export function TapToExpand({
  text,
  lines = 1,
  over = false,
  className,
  testId,
}: {
  text: string;
  lines?: 1 | 2;
  over?: boolean;
  className?: string;
  testId?: string;
}) {
  const [openText, setOpenText] = useState<string | null>(null);
  const open = openText === text;
  return (
    <button
      type="button"
      className={className ? `${styles.expand} ${className}` : styles.expand}
      aria-expanded={open}
      data-lines={lines}
      data-over={over || undefined}
      title={text}
      onClick={() => setOpenText(open ? null : text)}
      data-testid={testId}
    >
      <span className={styles.text}>{text}</span>
    </button>
  );
}
