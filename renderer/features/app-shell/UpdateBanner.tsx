import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHubState } from '../../client/react.tsx';
import { openVote } from '../votes/select.ts';
import { useAppShell } from './react.tsx';
import styles from './appShell.module.css';

/**
 * A newer build of the app waits (the hub serves it): offered to whoever holds the screen, never while a vote is open
 * in the followed meeting (a reload then could lose a ballot being cast). The projector, which nobody touches, takes
 * it by itself between votes; a screen that no longer speaks the hub's protocol takes it at once (nothing works
 * there, and reloading the kept build would not help).
 */
export function UpdateBanner() {
  const { t } = useTranslation('app-shell');
  const { shell, view } = useAppShell();
  const connected = useHubState((s) => s.connection.status === 'connected');
  const mismatch = useHubState((s) => s.fatal !== null);
  const voting = useHubState((s) => (s.meeting?.snapshot ? openVote(s.meeting.snapshot) !== null : false));
  const unattended = useLocation().pathname.startsWith('/projector/');

  // The hub may have been updated while the link was down: ask again each time it comes back (the first connection
  // needs no asking: the page has just registered the shell, which fetched the newest script).
  const connectedBefore = useRef(false);
  useEffect(() => {
    if (mismatch) return shell.check();
    if (!connected) return;
    if (connectedBefore.current) shell.check();
    connectedBefore.current = true;
  }, [shell, connected, mismatch]);

  const safe = !voting;
  useEffect(() => {
    if (view.updateReady && (mismatch || (unattended && safe))) shell.apply();
  }, [shell, view.updateReady, mismatch, unattended, safe]);

  if (!view.updateReady || !safe) return null;
  return (
    <div className={styles.banner} role="status" data-testid="app-update">
      <span>{t('ready')}</span>
      <button type="button" className="btn btn-small btn-primary" onClick={() => shell.apply()} data-testid="app-update-apply">
        {t('apply')}
      </button>
    </div>
  );
}
