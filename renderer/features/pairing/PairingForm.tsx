import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { BrandMark } from '../common/BrandMark.tsx';
import { CameraIcon, CameraScanner } from '../scanner/CameraScanner.tsx';
import { cameraUnavailable } from '../scanner/camera.ts';
import { pairCodeOf, readPairUrl } from './pairLink.ts';
import styles from './pairing.module.css';

/** Codes the pairing screen words for itself; any other failure gets the product's general sentence. */
const OWN_WORDS = new Set<HubError['code']>(['bad_passcode', 'bad_request', 'rate_limited']);

/**
 * "Pair this tablet": type the 6-digit code from the chair console, or scan the room QR with the camera.
 * Shown wherever a screen needs to read while this device is not paired, and at `/pair`.
 * `onPaired` gets the meeting named by a scanned room QR (null when the code was typed).
 */
export function PairingForm({
  initialCode = '',
  initialError = null,
  onPaired,
}: {
  initialCode?: string;
  initialError?: HubError | null;
  onPaired?: (meetingFromQr: string | null) => void;
}) {
  const { t } = useTranslation(['pairing', 'common']);
  const client = useHubClient();
  const reason = useHubState((s) => s.pairing.reason);
  const [code, setCode] = useState(initialCode.replace(/\D/g, '').slice(0, 6));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<HubError | null>(initialError);
  const [scanning, setScanning] = useState(false);

  const pair = async (typed: string, meetingFromQr: string | null) => {
    const valid = pairCodeOf(typed);
    if (!valid) return;
    setPending(true);
    setError(null);
    try {
      await client.pair(valid);
      onPaired?.(meetingFromQr);
    } catch (failure) {
      setError(toHubError(failure));
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void pair(code, null);
  };

  return (
    <div className={styles.page}>
      <form className={`card ${styles.card}`} onSubmit={submit} data-testid="pairing-form">
        <div className={styles.head}>
          <span className={styles.mark}>
            <BrandMark size={40} />
          </span>
          <div>
            <h1 className={styles.title}>{t('title')}</h1>
            <p className={styles.intro}>{t('intro')}</p>
          </div>
        </div>
        {reason && !error ? (
          <div className={styles.notice} data-testid="pair-reason" title={reason}>
            <strong>{/unpair/i.test(reason) ? t('unpairedByStaff') : t('unpaired')}</strong>
            <span className={styles.hubSaid}>{t('hubSaid', { reason })}</span>
          </div>
        ) : null}
        <ul className={styles.steps}>
          <li>{t('howQr')}</li>
          <li>{t('howCode')}</li>
        </ul>
        {scanning ? (
          <CameraScanner
            accept={(text) => readPairUrl(text) !== null}
            onRead={(text) => {
              setScanning(false);
              const link = readPairUrl(text);
              if (link) {
                setCode(link.code);
                void pair(link.code, link.meetingId);
              }
            }}
            onStop={() => setScanning(false)}
          />
        ) : null}
        <div className={styles.codeRow}>
          <label className={`field ${styles.codeField}`}>
            <span>{t('code')}</span>
            <input
              className={`input ${styles.codeInput}`}
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              placeholder="000000"
              aria-describedby="pair-code-hint"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
              data-testid="pair-code-input"
              aria-invalid={error?.code === 'bad_passcode'}
            />
            <small id="pair-code-hint" className={styles.codeHint}>
              {t('codeHint')}
            </small>
          </label>
          <button type="submit" className={`btn btn-primary ${styles.submit}`} disabled={pending || !pairCodeOf(code)} data-testid="pair-submit">
            {pending ? t('submitting') : t('submit')}
          </button>
        </div>
        {error && OWN_WORDS.has(error.code) ? (
          <div className={styles.error} role="alert" data-testid="pair-error" data-code={error.code} title={error.message}>
            {t(`errors.${error.code as 'bad_passcode'}`)}
          </div>
        ) : (
          <ErrorMessage error={error} testId="pair-error" />
        )}
        {/* The browser's own camera only works on a secure page; elsewhere the tablet's camera app opens the room QR. */}
        {!scanning && cameraUnavailable() === null ? (
          <button type="button" className={`btn ${styles.scan}`} onClick={() => setScanning(true)} data-testid="pair-scan">
            <CameraIcon />
            {t('scanRoomQr')}
          </button>
        ) : null}
      </form>
    </div>
  );
}
