import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useHubClient } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './staffAccess.module.css';
import table from '../common/table.module.css';

type Failures = CommandResult<'security.failures'>;

/** The list is not pushed: asked for again this often while it is on screen. */
export const FAILURES_REFRESH_MS = 10_000;
const SHOWN = 100;

/** "::ffff:192.168.1.23" (IPv4 seen by an IPv6 socket) as people know it. */
const displayAddress = (address: string) => address.replace(/^::ffff:/, '');

/** The latest failed attempts to guess a secret (who, from where, how often), for the secretariat to notice guessing. */
export function FailedAttempts() {
  const { t } = useTranslation('staff-access');
  const format = useFormat();
  const client = useHubClient();
  const [answer, setAnswer] = useState<Failures | null>(null);
  const [error, setError] = useState<HubError | null>(null);

  const refresh = useCallback(async () => {
    try {
      setAnswer(await client.send('security.failures', { limit: SHOWN }));
      setError(null);
    } catch (failure) {
      setError(toHubError(failure));
    }
  }, [client]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const loop = async () => {
      await refresh();
      if (!stopped) timer = setTimeout(() => void loop(), FAILURES_REFRESH_MS);
    };
    void loop();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [refresh]);

  const when = (iso: string) => `${format.time(new Date(iso))} ${new Date(iso).toLocaleDateString(format.locale)}`;

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="failures-title" data-testid="failed-attempts">
      <header className={styles.head}>
        <div className={styles.headRow}>
          <h2 id="failures-title">{t('failures.title')}</h2>
          <button type="button" className="btn btn-small" onClick={() => void refresh()} data-testid="failures-refresh">
            {t('failures.refresh')}
          </button>
        </div>
        <p>{t('failures.intro')}</p>
        {answer ? (
          <p className={styles.lastHour} data-testid="failures-last-hour">
            {t('failures.lastHour')}:{' '}
            {answer.lastHour.map((h) => (
              <span key={h.kind} className={h.wrong > 0 ? styles.alarm : undefined} data-kind={h.kind} data-count={h.wrong}>
                {t('failures.wrongCount', { kind: t(`failures.kinds.${h.kind}`), count: h.wrong })}
              </span>
            ))}
          </p>
        ) : null}
      </header>
      <ErrorMessage error={error} testId="failures-error" />
      {answer === null ? (
        <p className={styles.muted}>{t('failures.loading')}</p>
      ) : answer.failures.length === 0 ? (
        <p className={styles.muted} data-testid="failures-empty">
          {t('failures.empty')}
        </p>
      ) : (
        <table className={table.table}>
          <thead>
            <tr>
              <th>{t('failures.when')}</th>
              <th>{t('failures.kind')}</th>
              <th>{t('failures.outcome')}</th>
              <th>{t('failures.address')}</th>
              <th>{t('failures.device')}</th>
              <th>{t('failures.count')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.failures.map((f) => (
              <tr key={`${f.kind}|${f.outcome}|${f.address}|${f.deviceId ?? ''}|${f.firstAt}`} data-testid="failure-row" data-kind={f.kind} data-outcome={f.outcome} data-count={f.count}>
                <td className={styles.nowrap}>{f.count > 1 ? `${when(f.firstAt)} – ${format.time(new Date(f.lastAt))}` : when(f.lastAt)}</td>
                <td>{t(`failures.kinds.${f.kind}`)}</td>
                <td>{t(`failures.outcomes.${f.outcome}`)}</td>
                <td>
                  <code>{displayAddress(f.address)}</code>
                </td>
                <td>{f.deviceId ? (f.deviceName ?? f.deviceId) : <span className={styles.muted}>{t('failures.unknownDevice')}</span>}</td>
                <td className={styles.count}>{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
