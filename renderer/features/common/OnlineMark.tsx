import type { ReactNode } from 'react';
import styles from './common.module.css';

/** A device's name or state after a dot that is green while it is connected (devices and preload tables). */
export function OnlineMark({ online, children }: { online: boolean; children: ReactNode }) {
  return (
    <span className={`${styles.online} ${online ? styles.isOnline : ''}`}>
      <span className={styles.onlineDot} aria-hidden="true" />
      {children}
    </span>
  );
}
