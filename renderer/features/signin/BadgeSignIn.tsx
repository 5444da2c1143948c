import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { CameraIcon, CameraScanner } from '../scanner/CameraScanner.tsx';
import { cameraUnavailable } from '../scanner/camera.ts';
import { endedKind, isBadgeToken, otherDeviceOf, tidyTypedCode } from './badgeSignIn.ts';
import styles from './badgeSignIn.module.css';

/** Refusals worded for a delegate at a tablet, with what to do next. */
const BADGE_ERRORS = new Set<HubError['code']>([
  'not_found',
  'badge_malformed',
  'badge_truncated',
  'badge_other_meeting',
  'badge_forged',
  'badge_altered',
  'badge_expired',
  'badge_revoked',
  'rate_limited',
  'bad_request',
]);

/**
 * A paired tablet asks its delegate to sign in: scan the badge with the camera, or type the short code
 * printed under its QR. Signed in elsewhere, the delegate is asked whether to move the session here.
 */
export function BadgeSignIn({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(['signin', 'common', 'scanner']);
  const client = useHubClient();
  const ended = useHubState((s) => s.sessionEnded);
  // Known before anyone taps: no camera API here (an http:// page, an old browser) says so instead of a button.
  const [noCamera] = useState(cameraUnavailable);
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<HubError | null>(null);
  /** The badge that met `session_elsewhere`, kept to send again with `takeOver`. */
  const [elsewhere, setElsewhere] = useState<{ code: string; device: string | null } | null>(null);

  const signIn = async (badge: string, takeOver = false) => {
    if (!badge.trim()) return;
    setPending(true);
    setError(null);
    setElsewhere(null);
    try {
      // A session of another meeting on this tablet ends first: badge sign-in is for a tablet nobody holds.
      if (client.state.session) await client.signOut().catch(() => undefined);
      await client.badgeSignIn(meetingId, badge.trim(), takeOver);
    } catch (failure) {
      const hubError = toHubError(failure);
      if (hubError.code === 'session_elsewhere') setElsewhere({ code: badge.trim(), device: otherDeviceOf(hubError.params) });
      else setError(hubError);
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(code);
  };

  return (
    <div className={styles.page}>
      <div className={`card ${styles.card}`} data-testid="badge-signin">
        <header className={styles.head}>
          <span className={styles.badgeIcon} aria-hidden="true">
            <BadgeIcon />
          </span>
          <div>
            <h1 className={styles.title}>{t('badge.title')}</h1>
            <p className={styles.intro}>{t('badge.intro')}</p>
          </div>
        </header>

        {ended && !error && !elsewhere ? (
          <p className={styles.notice} data-testid="signin-ended" data-kind={endedKind(ended)} title={ended}>
            {t(`badge.ended.${endedKind(ended)}`)}
          </p>
        ) : null}

        {elsewhere ? (
          <div className={styles.takeover} role="alertdialog" aria-labelledby="takeover-title" data-testid="takeover">
            <h2 id="takeover-title">{t('badge.takeover.title')}</h2>
            <p>
              {elsewhere.device
                ? t('badge.takeover.question', { device: elsewhere.device })
                : t('badge.takeover.questionUnnamed')}
            </p>
            <p className={styles.consequence}>{t('badge.takeover.consequence')}</p>
            <div className={styles.takeoverActions}>
              <button type="button" className="btn" onClick={() => setElsewhere(null)} data-testid="takeover-cancel">
                {t('badge.takeover.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-accent"
                autoFocus
                onClick={() => void signIn(elsewhere.code, true)}
                data-testid="takeover-confirm"
              >
                {t('badge.takeover.confirm')}
              </button>
            </div>
          </div>
        ) : null}

        {error && BADGE_ERRORS.has(error.code) ? (
          <div className={styles.error} role="alert" data-testid="badge-signin-error" data-code={error.code} title={error.message}>
            {t(`badge.errors.${error.code as 'not_found'}`)}
          </div>
        ) : (
          <ErrorMessage error={error} testId="badge-signin-error" />
        )}

        <div className={styles.ways}>
          <section className={styles.way} aria-labelledby="badge-scan-title">
            <h2 id="badge-scan-title">{t('badge.scanTitle')}</h2>
            {noCamera ? (
              <p className={styles.noCamera} data-testid="camera-problem" data-problem={noCamera}>
                {t(`scanner:problems.${noCamera}`)}
              </p>
            ) : scanning ? (
              <CameraScanner
                accept={isBadgeToken}
                onRead={(token) => {
                  setScanning(false);
                  void signIn(token);
                }}
                onStop={() => setScanning(false)}
              />
            ) : (
              <>
                <p className={styles.hint}>{t('badge.scanHint')}</p>
                <button
                  type="button"
                  className={`btn btn-primary ${styles.big}`}
                  onClick={() => setScanning(true)}
                  disabled={pending}
                  data-testid="badge-scan"
                >
                  <CameraIcon />
                  {t('badge.scan')}
                </button>
              </>
            )}
          </section>
          <div className={styles.or} aria-hidden="true">
            <span>{t('badge.or')}</span>
          </div>
          <form className={styles.way} onSubmit={submit} aria-labelledby="badge-code-title">
            <h2 id="badge-code-title">{t('badge.codeTitle')}</h2>
            <label className="field">
              <span>{t('badge.code')}</span>
              <input
                className={`input ${styles.codeInput}`}
                autoCapitalize="characters"
                autoComplete="off"
                autoCorrect="off"
                spellCheck={false}
                placeholder={t('badge.codePlaceholder')}
                value={code}
                onChange={(e) => setCode(tidyTypedCode(e.target.value))}
                data-testid="badge-code-input"
                aria-invalid={!!error}
              />
            </label>
            <button type="submit" className={`btn btn-primary ${styles.big}`} disabled={pending || !code.trim()} data-testid="badge-signin-submit">
              {pending ? t('badge.submitting') : t('badge.submit')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}

function BadgeIcon() {
  return (
    <svg width="30" height="30" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M9 3v3h6V3" />
      <circle cx="12" cy="11" r="2.5" />
      <path d="M8 17c.6-1.8 2.2-2.8 4-2.8s3.4 1 4 2.8" />
    </svg>
  );
}
