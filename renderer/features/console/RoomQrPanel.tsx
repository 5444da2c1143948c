import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../shared/protocol/index.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';
import { QrCode } from '../pairing/QrCode.tsx';
import { pairUrl } from '../pairing/pairLink.ts';
import styles from './roomQr.module.css';

/** The secretariat may rotate the code on its own screen: the console asks again this often. */
export const ROOM_QR_REFRESH_MS = 30_000;

type Pairing = CommandResult<'pairing.get'>;

/** The current pairing code and addresses, asked on every (re)connection and every half minute, and pushed when replaced. */
function useRoomPairing(): { pairing: Pairing | null; error: HubError | null } {
  const client = useHubClient();
  const connectedSince = useHubState((s) => (s.connection.status === 'connected' ? s.connection.since : null));
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [error, setError] = useState<HubError | null>(null);
  useEffect(() => {
    if (connectedSince === null) return;
    let cancelled = false;
    const ask = () =>
      client
        .send('pairing.get', {})
        .then((answer) => {
          if (cancelled) return;
          // Same code, same addresses: keep the object, so nothing re-renders.
          setPairing((held) =>
            held && held.code === answer.code && held.urls.join() === answer.urls.join() && held.fingerprint === answer.fingerprint ? held : answer,
          );
          setError(null);
        })
        .catch((failure: unknown) => !cancelled && setError(toHubError(failure)));
    void ask();
    const timer = setInterval(() => void ask(), ROOM_QR_REFRESH_MS);
    // A code replaced (by the secretariat, or by the hub after too many wrong codes) is shown at once.
    const stop = client.on('pairing.changed', ({ code }) => !cancelled && setPairing((held) => (held ? { ...held, code } : held)));
    return () => {
      cancelled = true;
      clearInterval(timer);
      stop();
    };
  }, [client, connectedSince]);
  return { pairing, error };
}

/** "123 456": the six digits in two groups, easier to read across a room. */
export const spacedCode = (code: string) => (/^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code);

/**
 * The room QR on the chair console: tablets scan it (or type the code) to pair with this hub, then open
 * this meeting. A small card in the console's side column; the button shows it large for the room.
 */
export function RoomQrPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('pairing');
  const { pairing, error } = useRoomPairing();
  const [chosen, setChosen] = useState(0);
  const [large, setLarge] = useState(false);
  const links = pairing ? pairing.urls.map((address) => pairUrl(address, pairing.code, meetingId, pairing.fingerprint)) : [];
  const index = Math.min(chosen, Math.max(0, links.length - 1));
  const link = links[index] ?? null;

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="room-qr-title" data-testid="room-qr-panel">
      {pairing && link ? (
        <>
          <button type="button" className={styles.thumb} onClick={() => setLarge(true)} title={t('room.enlarge')}>
            <span data-testid="room-qr" data-url={link} className={styles.qr}>
              <QrCode text={link} size={136} label={t('room.title')} />
            </span>
          </button>
          <div className={styles.text}>
            <h2 id="room-qr-title">{t('room.title')}</h2>
            <span className={styles.label}>{t('room.code')}</span>
            <span className={styles.code} data-testid="pairing-code" data-code={pairing.code}>
              {spacedCode(pairing.code)}
            </span>
            {links.length > 1 ? (
              <div className={styles.choices} role="group" aria-label={t('room.addresses')}>
                {links.map((l, i) => (
                  <button
                    key={l}
                    type="button"
                    className={styles.choice}
                    aria-pressed={i === index}
                    onClick={() => setChosen(i)}
                    title={pairing.urls[i]}
                  >
                    {t('room.address', { number: i + 1 })}
                  </button>
                ))}
              </div>
            ) : null}
            {/* What people type in a browser when the QR cannot be scanned: the hub's address (then the code). */}
            <span className={styles.url} data-testid="room-qr-url" title={link}>
              {pairing.urls[index]}
            </span>
            <button type="button" className={`btn btn-small ${styles.enlarge}`} onClick={() => setLarge(true)} data-testid="room-qr-enlarge">
              {t('room.enlarge')}
            </button>
          </div>
          {large ? <RoomQrOverlay code={pairing.code} links={links} addresses={pairing.urls} onClose={() => setLarge(false)} /> : null}
        </>
      ) : (
        <div className={styles.text}>
          <h2 id="room-qr-title">{t('room.title')}</h2>
          <p className={error ? styles.failed : styles.waiting} role={error ? 'alert' : 'status'} title={error?.message}>
            {error ? t('room.failed') : t('room.loading')}
          </p>
        </div>
      )}
    </section>
  );
}

/** The room QR large enough to scan from the delegates' seats: one QR per address, the code in big digits. */
function RoomQrOverlay({ code, links, addresses, onClose }: { code: string; links: string[]; addresses: string[]; onClose: () => void }) {
  const { t } = useTranslation('pairing');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const size = links.length === 1 ? 520 : links.length === 2 ? 420 : 300;
  return createPortal(
    <div className={styles.backdrop} onClick={onClose} data-testid="room-qr-overlay">
      <div
        className={styles.overlay}
        role="dialog"
        aria-modal="true"
        aria-labelledby="room-qr-overlay-title"
        onClick={(event) => event.stopPropagation()}
      >
        <header className={styles.overlayHead}>
          <div>
            <h2 id="room-qr-overlay-title">{t('room.overlayTitle')}</h2>
            <p>{t('room.overlayHint')}</p>
          </div>
          <button type="button" className="btn" onClick={onClose} autoFocus data-testid="room-qr-close">
            {t('room.close')}
          </button>
        </header>
        <div className={styles.overlayBody}>
          <div className={styles.codes}>
            {links.map((link, i) => (
              <figure key={link} className={styles.big} data-testid="room-qr" data-url={link}>
                <QrCode text={link} size={size} label={t('room.title')} />
                <figcaption className={styles.bigUrl} title={link}>
                  {addresses[i]}
                </figcaption>
              </figure>
            ))}
          </div>
          <div className={styles.bigCode}>
            <span className={styles.label}>{t('room.code')}</span>
            <span className={styles.bigDigits}>{spacedCode(code)}</span>
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}
