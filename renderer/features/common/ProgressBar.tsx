import type { ComponentProps } from 'react';
import styles from './common.module.css';

/** A thin progress bar (uploads, preloads); green once `done`. Other attributes go to the <progress> element. */
export function ProgressBar({ value, max, done = false, ...rest }: { value: number; max: number; done?: boolean } & Omit<ComponentProps<'progress'>, 'className' | 'value' | 'max'>) {
  return <progress className={`${styles.bar} ${done ? styles.barDone : ''}`} max={max} value={value} {...rest} />;
}
