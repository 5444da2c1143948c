import { useEffect, type ReactNode } from 'react';
import styles from './dialog.module.css';

/**
 * A dialog over the whole screen (fixed, so it covers the screen from wherever it is written). Escape closes it; a
 * click beside it only when `closeOnBackdrop` (a form would lose what was typed). `className` sets its width.
 */
export function Dialog({
  labelledBy,
  onClose,
  closeOnBackdrop = false,
  className = '',
  testId,
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  closeOnBackdrop?: boolean;
  className?: string;
  testId: string;
  children: ReactNode;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className={styles.backdrop} onClick={closeOnBackdrop ? onClose : undefined} data-testid={testId}>
      <div className={`${styles.dialog} ${className}`} role="dialog" aria-modal="true" aria-labelledby={labelledBy} onClick={(event) => event.stopPropagation()}>
        {children}
      </div>
    </div>
  );
}
