import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeAnswer, DesktopRole } from '../../../shared/protocol/bridge.ts';
import { usePlatform } from '../../platform/react.tsx';
import { CameraIcon, CameraScanner } from '../scanner/CameraScanner.tsx';
import { readPairUrl } from '../pairing/pairLink.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import styles from './setup.module.css';

const ROLES: readonly DesktopRole[] = ['chair', 'secretariat', 'tablet'];

/**
 * `/setup`, the desktop app's first start: this machine's role, the room's hub (the room QR scanned or its link
 * pasted, so its certificate's fingerprint comes along) and a tablet's exit PIN. The main process checks it all
 * again (main/electron/roles.ts), remembers it and opens the role's window; this page only asks.
 */
export function SetupPage() {
  const { t } = useTranslation('desktop-setup');
  const desktop = usePlatform().desktop;
  const [role, setRole] = useState<DesktopRole>('chair');
  const [ownHub, setOwnHub] = useState(true);
  const [link, setLink] = useState('');
  const [pin, setPin] = useState('');
  const [scanning, setScanning] = useState(false);
  const [scanned, setScanned] = useState(false);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<Extract<BridgeAnswer, { ok: false }> | null>(null);

  if (!desktop) return <Notice text={t('notDesktop')} />;
  if (desktop.role !== null) return <Notice text={t('chosen')} />;

  const remote = role === 'tablet' || !ownHub;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setRefusal(null);
    void desktop
      .chooseRole({ role, link: remote ? link.trim() : null, pin: role === 'tablet' ? pin : null })
      .then((answer) => {
        // On success the app closes this window and opens the role's.
        if (!answer.ok) setRefusal(answer);
      })
      .finally(() => setPending(false));
  };

  return (
    <ScreenFrame screen="home">
      <div className={styles.page}>
        <form className={`card ${styles.card}`} onSubmit={submit} data-testid="desktop-setup">
          <h1 className={styles.title}>{t('title')}</h1>
          <p className={styles.muted}>{t('intro')}</p>
          <fieldset className={styles.roles}>
            {ROLES.map((r) => (
              <label key={r} className={styles.role} data-checked={role === r}>
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} data-testid={`setup-role-${r}`} />
                <span>
                  <strong>{t(`roles.${r}`)}</strong>
                  <small className={styles.muted}>{t(`roles.${r}Hint`)}</small>
                </span>
              </label>
            ))}
          </fieldset>
          {role === 'secretariat' ? (
            <fieldset className={styles.roles}>
              <legend>{t('hub')}</legend>
              <label className={styles.inline}>
                <input type="radio" name="hub" checked={ownHub} onChange={() => setOwnHub(true)} data-testid="setup-own-hub" />
                {t('ownHub')}
              </label>
              <label className={styles.inline}>
                <input type="radio" name="hub" checked={!ownHub} onChange={() => setOwnHub(false)} data-testid="setup-room-hub" />
                {t('roomHub')}
              </label>
            </fieldset>
          ) : null}
          {remote ? (
            <div className={styles.block}>
              <div className={styles.linkRow}>
                <label className="field">
                  <span>{t('link')}</span>
                  <input className="input" value={link} onChange={(e) => (setLink(e.target.value), setScanned(false))} placeholder="https://192.168.1.10:4010/pair?code=…&fp=…" data-testid="setup-link" />
                </label>
                {scanning ? null : (
                  <button type="button" className="btn" onClick={() => setScanning(true)} data-testid="setup-scan">
                    <CameraIcon />
                    {t('scan')}
                  </button>
                )}
              </div>
              <small className={styles.muted}>{scanned ? t('scanned') : t('linkHint')}</small>
              {scanning ? (
                <CameraScanner
                  accept={(text) => readPairUrl(text) !== null}
                  onRead={(text) => {
                    setScanning(false);
                    setLink(text);
                    setScanned(true);
                  }}
                  onStop={() => setScanning(false)}
                />
              ) : null}
            </div>
          ) : null}
          {role === 'tablet' ? (
            <label className="field">
              <span>{t('pin')}</span>
              <input className="input" type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} data-testid="setup-pin" />
              <small className={styles.muted}>{t('pinHint')}</small>
            </label>
          ) : null}
          {refusal ? (
            <div className={styles.error} role="alert" data-testid="setup-error" data-reason={refusal.reason ?? refusal.code} title={refusal.message}>
              {refusal.reason ? t(`reasons.${refusal.reason}`) : t('refused', { message: refusal.message })}
            </div>
          ) : null}
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="setup-submit">
            {pending ? t('submitting') : t('submit')}
          </button>
        </form>
      </div>
    </ScreenFrame>
  );
}

function Notice({ text }: { text: string }) {
  return (
    <ScreenFrame screen="home">
      <div className={styles.page}>
        <p className={`card ${styles.card}`} role="status" data-testid="desktop-notice">
          {text}
        </p>
      </div>
    </ScreenFrame>
  );
}
