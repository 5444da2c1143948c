import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useCommand, useHubClient, useHubState } from '../../client/react.tsx';
import { CopyableCode } from '../common/CopyableCode.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { DeviceRow } from './DeviceRow.tsx';
import { groupDigits, searchDevices, sortDevices, type Device } from './devices.ts';
import styles from './secretariat.module.css';
import own from './devices.module.css';
import table from '../common/table.module.css';

/** The list is not pushed by the hub: it is asked for again this often while the tab is open. */
export const DEVICES_REFRESH_MS = 10_000;

/**
 * The room's devices: which tablets and screens have connected, which are online and who uses them, when each was
 * last seen, the name and seat the secretariat gave each, and a way to unpair a lost or borrowed one; beside them the
 * pairing code new tablets need (a new one on demand) and the address this meeting's tablets open.
 */
export function DevicesPanel({ meetingId, seats }: { meetingId: string; seats: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('secretariat');
  const client = useHubClient();
  const clockOffset = useHubState((s) => s.hub?.clockOffsetMs ?? 0);
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [seenAt, setSeenAt] = useState(() => Date.now());
  const [query, setQuery] = useState('');
  const [listError, setListError] = useState<HubError | null>(null);
  const [pairing, setPairing] = useState<CommandResult<'pairing.get'> | null>(null);
  const rotate = useCommand('pairing.rotate');

  const refresh = useCallback(async () => {
    try {
      const { devices: list } = await client.send('device.list', {});
      setDevices(sortDevices(list));
      setSeenAt(Date.now());
      setListError(null);
    } catch (error) {
      setListError(toHubError(error));
    }
  }, [client]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const loop = async () => {
      await refresh();
      if (!stopped) timer = setTimeout(() => void loop(), DEVICES_REFRESH_MS);
    };
    void loop();
    client
      .send('pairing.get', {})
      .then((answer) => !stopped && setPairing(answer))
      .catch((error: unknown) => !stopped && setListError(toHubError(error)));
    const stop = client.on('pairing.changed', ({ code }) => !stopped && setPairing((current) => ({ urls: current?.urls ?? [], fingerprint: current?.fingerprint ?? null, code })));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop();
    };
  }, [client, refresh]);

  const shown = useMemo(() => (devices ? searchDevices(devices, query, (seat) => seats.get(seat)) : null), [devices, query, seats]);
  // Last seen is said from the hub's clock: a secretariat laptop's clock may be minutes off.
  const now = seenAt + clockOffset;

  const newCode = async () => {
    const answer = await rotate.run({});
    if (answer) setPairing((current) => ({ urls: current?.urls ?? [], fingerprint: current?.fingerprint ?? null, code: answer.code }));
  };

  return (
    <div className={styles.devicesPage}>
      <section className={`card ${styles.devices}`} aria-labelledby="devices-title">
        <header className={styles.editorHead}>
          <h2 id="devices-title">
            {t('devices.title')}{' '}
            {devices ? <span className={styles.muted}>· {t('devices.count', { count: devices.length, online: devices.filter((d) => d.online).length })}</span> : null}
          </h2>
          <button type="button" className="btn btn-small" onClick={() => void refresh()} data-testid="devices-refresh">
            {t('devices.refresh')}
          </button>
        </header>
        <p className={styles.hint}>{t('devices.intro')}</p>
        {devices && devices.length > 0 ? (
          <label className={`field ${own.search}`}>
            <span className="visually-hidden">{t('devices.search')}</span>
            <input
              className="input"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('devices.search')}
              data-testid="devices-search"
            />
          </label>
        ) : null}
        <ErrorMessage error={listError} testId="devices-error" />
        {devices === null || shown === null ? (
          <p className={styles.muted}>{t('devices.loading')}</p>
        ) : devices.length === 0 ? (
          <p className={styles.muted}>{t('devices.empty')}</p>
        ) : shown.length === 0 ? (
          <p className={styles.muted} data-testid="devices-no-match">
            {t('devices.noMatch')}
          </p>
        ) : (
          <table className={table.table} data-testid="devices">
            <thead>
              <tr>
                <th>{t('devices.name')}</th>
                <th>{t('devices.user')}</th>
                <th>{t('devices.lastSeen')}</th>
                <th>{t('devices.state')}</th>
                <th aria-label={t('devices.actions')} />
              </tr>
            </thead>
            {shown.map((device) => (
              <DeviceRow key={device.id} device={device} now={now} seats={seats} onChanged={() => void refresh()} />
            ))}
          </table>
        )}
      </section>

      <aside className={`card ${styles.pairing}`} aria-labelledby="pairing-title" data-testid="pairing">
        <h2 id="pairing-title">{t('devices.pairingTitle')}</h2>
        <p className={styles.hint}>{t('devices.pairingIntro')}</p>
        <p className={styles.pairingCode} data-testid="pairing-code">
          {pairing ? groupDigits(pairing.code) : '—'}
        </p>
        {pairing && pairing.urls.length > 0 ? (
          <div className={own.addresses}>
            <span className={styles.hint}>{t('devices.tabletAddress')}</span>
            <ul className={styles.urls}>
              {pairing.urls.map((url) => (
                <li key={url}>
                  <CopyableCode text={`${url}/tablet/${encodeURIComponent(meetingId)}`} label={t('devices.tabletAddress')} testId="tablet-address" />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ErrorMessage error={rotate.error} testId="pairing-error" />
        <button type="button" className="btn" disabled={rotate.pending} onClick={() => void newCode()} data-testid="pairing-rotate">
          {t('devices.newCode')}
        </button>
        <p className={styles.hint}>{t('devices.newCodeHint')}</p>
      </aside>
    </div>
  );
}
