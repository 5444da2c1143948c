import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BridgeAnswer } from '../../../shared/protocol/bridge.ts';
import { usePlatform } from '../../platform/react.tsx';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import styles from './setup.module.css';

/** Where the PIN page goes back to: a path of the client's own, nothing else. */
export function backPath(text: string | null): string {
  return text && /^\/[A-Za-z0-9/_-]*$/.test(text) && !text.startsWith('//') ? text : '/';
}

/**
 * `/kiosk-exit`: a kiosk tablet's PIN prompt, opened by the main process on Ctrl+Alt+Shift+K or the corner taps
 * (KioskCornerTaps). The PIN goes to the main process, which alone holds its hash and counts wrong tries
 * (main/electron/kiosk.ts); right, and it closes the kiosk.
 */
export function KioskExitPage() {
  const { t } = useTranslation('desktop-setup');
  const desktop = usePlatform().desktop;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [pin, setPin] = useState('');
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<Extract<BridgeAnswer, { ok: false }> | null>(null);
  const back = backPath(params.get('back'));

  if (!desktop) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    void desktop
      .exitKiosk(pin)
      .then((answer) => {
        setPin('');
        setRefusal(answer.ok ? null : answer);
      })
      .finally(() => setPending(false));
  };
  return (
    <ScreenFrame screen="tablet">
      <div className={styles.page}>
        <form className={`card ${styles.card}`} onSubmit={submit} data-testid="kiosk-exit">
          <h1 className={styles.title}>{t('exit.title')}</h1>
          <p className={styles.muted}>{t('exit.intro')}</p>
          <label className="field">
            <span>{t('exit.pin')}</span>
            <input className="input" type="password" inputMode="numeric" autoComplete="off" autoFocus maxLength={12} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} data-testid="kiosk-exit-pin" />
          </label>
          {refusal ? (
            <div className={styles.error} role="alert" data-testid="kiosk-exit-error" data-code={refusal.code}>
              {refusal.code === 'locked' ? t('exit.locked', { seconds: Math.ceil(refusal.retryInMs / 1000) }) : refusal.code === 'wrong_pin' ? t('exit.wrong_pin') : t('exit.not_allowed')}
            </div>
          ) : null}
          <div className={styles.actions}>
            <button type="button" className="btn" onClick={() => void navigate(back, { replace: true })} data-testid="kiosk-exit-back">
              {t('exit.back')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={pending || pin.length < 4} data-testid="kiosk-exit-submit">
              {t('exit.submit')}
            </button>
          </div>
        </form>
      </div>
    </ScreenFrame>
  );
}
