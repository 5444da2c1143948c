import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentAccess } from '../../../shared/protocol/index.ts';
import styles from './secretariat.module.css';

/**
 * Who may read a document: everyone, the chair and secretariat only, or named groups — chosen among the groups
 * of the delegate list, or typed (a group not yet on the list). Each change is sent at once; a group choice
 * is sent once at least one group is chosen.
 */
export function AccessField({
  access,
  groups,
  disabled,
  onChange,
}: {
  access: DocumentAccess;
  groups: readonly string[];
  disabled: boolean;
  onChange: (access: DocumentAccess) => void;
}) {
  const { t } = useTranslation('secretariat');
  const [kind, setKind] = useState<DocumentAccess['kind']>(access.kind);
  const [typed, setTyped] = useState('');
  const chosen = access.kind === 'groups' ? access.groups : [];
  const shownKind = kind === 'groups' || access.kind === 'groups' ? kind : access.kind;
  const offered = [...new Set([...groups, ...chosen])].sort((a, b) => a.localeCompare(b, 'vi'));
  const toggle = (group: string) => {
    const next = chosen.includes(group) ? chosen.filter((g) => g !== group) : [...chosen, group];
    if (next.length > 0) onChange({ kind: 'groups', groups: next });
  };
  const addTyped = () => {
    const group = typed.replace(/\s+/g, ' ').trim();
    if (!group) return;
    setTyped('');
    if (!chosen.includes(group)) onChange({ kind: 'groups', groups: [...chosen, group] });
  };

  return (
    <div className={styles.access} data-testid="document-access" data-kind={access.kind}>
      <span className={styles.accessLabel} aria-hidden="true">
        {t('documents.access')}:
      </span>
      <select
        className={`input ${styles.accessSelect}`}
        value={shownKind}
        disabled={disabled}
        aria-label={t('documents.access')}
        onChange={(event) => {
          const next = event.target.value as DocumentAccess['kind'];
          setKind(next);
          if (next !== 'groups') onChange({ kind: next });
        }}
        data-testid="access-kind"
      >
        <option value="all">{t('documents.accessAll')}</option>
        <option value="groups">{t('documents.accessGroups')}</option>
        <option value="staff">{t('documents.accessStaff')}</option>
      </select>
      {shownKind === 'groups' ? (
        <div className={styles.groupPicker} role="group" aria-label={t('documents.groups')}>
          {offered.map((group) => (
            <button
              key={group}
              type="button"
              className={`${styles.chip} ${chosen.includes(group) ? styles.chipOn : ''}`}
              aria-pressed={chosen.includes(group)}
              disabled={disabled || (chosen.length === 1 && chosen.includes(group))}
              title={chosen.length === 1 && chosen.includes(group) ? t('documents.lastGroup') : undefined}
              onClick={() => toggle(group)}
              data-testid="access-group"
              data-group={group}
            >
              {group}
            </button>
          ))}
          <input
            className={`input ${styles.groupInput}`}
            value={typed}
            maxLength={100}
            placeholder={t('documents.otherGroup')}
            aria-label={t('documents.otherGroup')}
            disabled={disabled}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addTyped();
              }
            }}
            data-testid="access-group-input"
          />
          <button type="button" className="btn btn-small" disabled={disabled || !typed.trim()} onClick={addTyped} data-testid="access-group-add">
            {t('documents.addGroup')}
          </button>
          {chosen.length === 0 ? <span className={styles.warningText}>{t('documents.chooseGroup')}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
