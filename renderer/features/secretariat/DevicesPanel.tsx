import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../shared/protocol/index.ts';
import { ROLES } from '../../../shared/protocol/roles.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useCommand, useHubClient } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { OnlineMark } from '../common/OnlineMark.tsx';
import styles from './secretariat.module.css';
import table from '../common/table.module.css';

type Device = CommandResult<'device.list'>['devices'][number];

/** The list is not pushed by the hub: it is asked for again this often while the tab is open. */
export const DEVICES_REFRESH_MS = 10_000;

/** Online first, then the most recently seen. */
export function sortDevices(devices: readonly Device[]): Device[] {
  return [...devices].sort((a, b) => Number(b.online) - Number(a.online) || b.lastSeenAt.localeCompare(a.lastSeenAt) || a.name.localeCompare(b.name));
}

/** "482913" as "482 913": read aloud and typed in two halves. */
export const groupDigits = (code: string) => code.replace(/^(\d{3})(\d{3})$/, '$1 $2');

/** "::ffff:192.168.1.23" (IPv4 seen by an IPv6 socket) as people know it. */
export const displayAddress = (address: string) => address.replace(/^::ffff:/, '');

/**
 * The room's devices: which tablets and screens have connected, which are online and who uses them,
 * with a way to unpair a lost or borrowed one; and the pairing code new tablets need, with a new one on demand.
 */
export function DevicesPanel() {
  const { t } = useTranslation('secretariat');
  const client = useHubClient();
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [listError, setListError] = useState<HubError | null>(null);
  const [pairing, setPairing] = useState<CommandResult<'pairing.get'> | null>(null);
  const rotate = useCommand('pairing.rotate');

  const refresh = useCallback(async () => {
    try {
      const { devices: list } = await client.send('device.list', {});
      setDevices(sortDevices(list));
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
    const stop = client.on('pairing.changed', ({ code }) => !stopped && setPairing((current) => ({ urls: current?.urls ?? [], code })));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop();
    };
  }, [client, refresh]);

  const newCode = async () => {
    const answer = await rotate.run({});
    if (answer) setPairing((current) => ({ urls: current?.urls ?? [], code: answer.code }));
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
        <ErrorMessage error={listError} testId="devices-error" />
        {devices === null ? (
          <p className={styles.muted}>{t('devices.loading')}</p>
        ) : devices.length === 0 ? (
          <p className={styles.muted}>{t('devices.empty')}</p>
        ) : (
          <table className={table.table} data-testid="devices">
            <thead>
              <tr>
                <th>{t('devices.name')}</th>
                <th>{t('devices.address')}</th>
                <th>{t('devices.user')}</th>
                <th>{t('devices.state')}</th>
                <th>{t('devices.lastSeen')}</th>
                <th aria-label={t('devices.actions')} />
              </tr>
            </thead>
            <tbody>
              {devices.map((device) => (
                <DeviceRow key={device.id} device={device} onChanged={() => void refresh()} />
              ))}
            </tbody>
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
          <div>
            <span className={styles.hint}>{t('devices.addresses')}</span>
            <ul className={styles.urls}>
              {pairing.urls.map((url) => (
                <li key={url}>
                  <code>{url}</code>
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

function DeviceRow({ device, onChanged }: { device: Device; onChanged: () => void }) {
  const { t } = useTranslation(['secretariat', 'common']);
  const format = useFormat();
  const revoke = useCommand('device.revoke');
  const [asking, setAsking] = useState(false);
  const when = (iso: string) => {
    const at = new Date(iso);
    return at.toDateString() === new Date().toDateString() ? format.time(at) : `${format.time(at)} ${at.toLocaleDateString(format.locale)}`;
  };
  const role = device.role && (ROLES as readonly string[]).includes(device.role) ? t(`common:roles.${device.role as (typeof ROLES)[number]}`) : device.role;
  const state = device.revokedAt ? 'revoked' : device.pairedAt ? 'paired' : 'unpaired';

  return (
    <tr data-testid="device-row" data-device-id={device.id} data-online={device.online} data-state={state}>
      <td>
        <strong>{device.name || device.id}</strong>
        {device.name ? <div className={styles.deviceId}>{device.id}</div> : null}
      </td>
      <td>
        <code>{displayAddress(device.lastAddress)}</code>
      </td>
      <td>
        <OnlineMark online={device.online}>{device.online ? t('devices.online') : t('devices.offline')}</OnlineMark>
        {device.online && (device.delegateName || role) ? (
          <div className={styles.muted}>{device.delegateName ? `${role ?? ''} · ${device.delegateName}` : role}</div>
        ) : null}
      </td>
      <td>
        <span className={`${styles.deviceState} ${styles[state]}`}>{t(`devices.${state}`)}</span>
        {device.revokedAt ? <div className={styles.muted}>{when(device.revokedAt)}</div> : device.pairedAt ? <div className={styles.muted}>{when(device.pairedAt)}</div> : null}
      </td>
      <td className={styles.nowrap}>{device.online ? t('devices.now') : when(device.lastSeenAt)}</td>
      <td className={styles.rowButtons}>
        {state === 'paired' ? (
          asking ? (
            <span className={styles.confirm} role="group">
              <span>{t('devices.revokeConfirm', { name: device.name || device.id })}</span>
              <button
                type="button"
                className="btn btn-small btn-accent"
                onClick={() => {
                  setAsking(false);
                  void revoke.run({ deviceId: device.id }).then((done) => done && onChanged());
                }}
                data-testid="device-revoke-confirm"
              >
                {t('devices.revokeYes')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => setAsking(false)}>
                {t('no')}
              </button>
            </span>
          ) : (
            <button type="button" className="btn btn-small btn-danger" disabled={revoke.pending} onClick={() => setAsking(true)} data-testid="device-revoke">
              {t('devices.revoke')}
            </button>
          )
        ) : null}
        <ErrorMessage error={revoke.error} testId="device-error" />
      </td>
    </tr>
  );
}
