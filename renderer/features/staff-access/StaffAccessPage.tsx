import { FailedAttempts } from './FailedAttempts.tsx';
import { StaffAccessPanel } from './StaffAccessPanel.tsx';
import styles from './staffAccess.module.css';

/** The secretariat's access screen: who may sign in as staff, and who tried to guess their way in. */
export function StaffAccessPage() {
  return (
    <div className={styles.page}>
      <StaffAccessPanel />
      <FailedAttempts />
    </div>
  );
}
