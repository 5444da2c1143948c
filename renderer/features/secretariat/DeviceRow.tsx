import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/protocol/roles.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { relativeTime } from '../../i18n/relativeTime.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { OnlineMark } from '../common/OnlineMark.tsx';
import { deviceTitle, displayAddress, type Device } from './devices.ts';
import styles from './secretariat.module.css';
import own from './devices.module.css';

const COLUMNS = 5;

/** "bây giờ" as "Bây giờ": a cell of the table starts like the others. */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * One device of the devices tab: what the secretariat calls it and its seat, who uses it, when it was last seen;
 * under it, when asked, the form that names it and binds it to a seat, or the question before unpairing it.
 */
export function DeviceRow({ device, now, seats, onChanged }: { device: Device; now: number; seats: ReadonlyMap<string, string>; onChanged: () => void }) {
  const { t } = useTranslation(['secretariat', 'common']);
  const format = useFormat();
  const [open, setOpen] = useState<'label' | 'revoke' | null>(null);
  const at = (iso: string) => `${format.time(new Date(iso))} ${new Date(iso).toLocaleDateString(format.locale)}`;
  const role = device.role && (ROLES as readonly string[]).includes(device.role) ? t(`common:roles.${device.role as (typeof ROLES)[number]}`) : device.role;
  const state = device.revokedAt ? 'revoked' : device.pairedAt ? 'paired' : 'unpaired';
  const holder = device.seat ? seats.get(device.seat) : undefined;
  const toggle = (what: 'label' | 'revoke') => setOpen((current) => (current === what ? null : what));

  return (
    <tbody className={open ? own.opened : undefined}>
      <tr data-testid="device-row" data-device-id={device.id} data-online={device.online} data-state={state}>
        <td>
          <strong data-testid="device-title">{deviceTitle(device)}</strong>
          {device.seat ? (
            <span className={own.seat} data-testid="device-seat">
              {t('devices.seat', { seat: device.seat })}
              {holder ? ` · ${holder}` : ''}
            </span>
          ) : null}
          <div className={styles.deviceId}>
            {device.label && device.name ? `${t('devices.ownName', { name: device.name })} · ` : ''}
            {displayAddress(device.lastAddress)} · {device.id}
          </div>
        </td>
        <td>
          <OnlineMark online={device.online}>{device.online ? t('devices.online') : t('devices.offline')}</OnlineMark>
          {device.online && (device.delegateName || role) ? (
            <div className={styles.muted}>{device.delegateName ? `${role ?? ''} · ${device.delegateName}` : role}</div>
          ) : null}
        </td>
        <td className={styles.nowrap} title={at(device.lastSeenAt)} data-testid="device-last-seen">
          {device.online ? t('devices.now') : capitalised(relativeTime(device.lastSeenAt, now, format.locale))}
        </td>
        <td>
          <span className={`${styles.deviceState} ${styles[state]}`}>{t(`devices.${state}`)}</span>
          {device.revokedAt ? <div className={styles.muted}>{at(device.revokedAt)}</div> : null}
        </td>
        <td className={styles.rowButtons}>
          <span className={own.actions}>
            <button type="button" className="btn btn-small" aria-expanded={open === 'label'} onClick={() => toggle('label')} data-testid="device-label">
              {t('devices.label')}
            </button>
            {state === 'paired' ? (
              <button
                type="button"
                className="btn btn-small btn-danger"
                aria-expanded={open === 'revoke'}
                onClick={() => toggle('revoke')}
                data-testid="device-revoke"
              >
                {t('devices.revoke')}
              </button>
            ) : null}
          </span>
        </td>
      </tr>
      {open ? (
        <tr className={own.more}>
          <td colSpan={COLUMNS}>
            {open === 'label' ? (
              <LabelForm device={device} seats={seats} onDone={(changed) => (setOpen(null), changed && onChanged())} />
            ) : (
              <RevokeQuestion device={device} onDone={(changed) => (setOpen(null), changed && onChanged())} />
            )}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

function LabelForm({ device, seats, onDone }: { device: Device; seats: ReadonlyMap<string, string>; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation(['secretariat', 'common']);
  const label = useCommand('device.label');
  const [name, setName] = useState(device.label);
  const [seat, setSeat] = useState(device.seat);
  const seatList = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await label.run({ deviceId: device.id, label: name, seat })) onDone(true);
  };
  return (
    <form className={own.labelForm} onSubmit={(e) => void submit(e)} aria-label={t('devices.labelTitle', { name: deviceTitle(device) })} data-testid="device-label-form">
      <label className="field">
        <span>{t('devices.labelField')}</span>
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoFocus data-testid="device-label-input" />
        <small className={styles.hint}>{t('devices.labelHint', { name: device.name || device.id })}</small>
      </label>
      <label className="field">
        <span>{t('devices.seatField')}</span>
        <input className="input" value={seat} onChange={(e) => setSeat(e.target.value)} maxLength={20} list={seatList} data-testid="device-seat-input" />
        <datalist id={seatList}>
          {[...seats].map(([number, holder]) => (
            <option key={number} value={number}>
              {holder}
            </option>
          ))}
        </datalist>
        <small className={styles.hint}>{seats.get(seat.trim()) ?? t('devices.seatHint')}</small>
      </label>
      <div className={own.formButtons}>
        <button type="submit" className="btn btn-primary btn-small" disabled={label.pending} data-testid="device-label-save">
          {label.pending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => onDone(false)}>
          {t('common:actions.cancel')}
        </button>
      </div>
      <ErrorMessage error={label.error} testId="device-label-error" />
    </form>
  );
}

function RevokeQuestion({ device, onDone }: { device: Device; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation('secretariat');
  const revoke = useCommand('device.revoke');
  const titleId = useId();
  return (
    <div className={own.revoke} role="alertdialog" aria-labelledby={titleId} data-testid="device-revoke-question">
      <h3 id={titleId}>{t('devices.revokeTitle', { name: deviceTitle(device) })}</h3>
      <p>{t('devices.revokeEffect')}</p>
      <div className={own.formButtons}>
        <button
          type="button"
          className="btn btn-small btn-danger"
          disabled={revoke.pending}
          onClick={() => void revoke.run({ deviceId: device.id }).then((done) => done && onDone(true))}
          data-testid="device-revoke-confirm"
        >
          {t('devices.revokeYes')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => onDone(false)} data-testid="device-revoke-cancel">
          {t('no')}
        </button>
      </div>
      <ErrorMessage error={revoke.error} testId="device-error" />
    </div>
  );
}
