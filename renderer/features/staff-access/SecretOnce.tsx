import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../shared/protocol/index.ts';
import { copyText } from '../common/copyText.ts';
import styles from './staffAccess.module.css';

type Copy = 'idle' | 'copied' | 'manual';

/** A new credential's secret, large enough to read across a desk; shown once (the hub keeps only its hash). */
export function SecretOnce({ issued, onClose }: { issued: CommandResult<'staff.issue'>; onClose: () => void }) {
  const { t } = useTranslation(['staff-access', 'common']);
  const [copy, setCopy] = useState<Copy>('idle');
  const code = useRef<HTMLElement | null>(null);
  const { credential, secret } = issued;

  const copySecret = async () => setCopy(await copyText(secret, code.current));

  return (
    <div className={styles.secret} role="dialog" aria-labelledby="staff-secret-title" data-testid="staff-secret" data-credential-id={credential.id}>
      <h3 id="staff-secret-title">{t('secretTitle', { role: t(`common:roles.${credential.role}`), label: credential.label })}</h3>
      <strong ref={code} className={styles.secretCode} data-testid="staff-secret-code">
        {secret}
      </strong>
      <p className={styles.muted}>{t('secretOnce')}</p>
      <div className={styles.secretActions}>
        <button type="button" className="btn" onClick={() => void copySecret()} data-testid="staff-secret-copy">
          {copy === 'copied' ? t('copied') : t('copy')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose} data-testid="staff-secret-close">
          {t('done')}
        </button>
      </div>
      {copy === 'manual' ? <p className={styles.muted}>{t('copyManual')}</p> : null}
    </div>
  );
}
