import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand, useHubClient, useHubState } from '../../client/react.tsx';
import { badgesPdfPath } from '../delegates/badgeUrls.ts';
import { searchDelegates } from '../delegates/search.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useOpenDownload } from '../common/useOpenDownload.ts';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { DelegateForm } from './DelegateForm.tsx';
import { DelegateImportPanel } from './DelegateImportPanel.tsx';
import { SeatCell } from './SeatCell.tsx';
import styles from './secretariat.module.css';
import table from '../common/table.module.css';

export function DelegatesEditor({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['secretariat', 'checkin']);
  const meetingId = snapshot.meeting.id;
  const add = useCommand('delegate.add');
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => searchDelegates(snapshot.delegates, deferred), [snapshot.delegates, deferred]);
  const client = useHubClient();
  const token = useHubState((s) => s.session?.token ?? null);
  const withoutBadge = snapshot.delegates.filter((d) => d.badgeSerial === 0).length;
  const sheet = useOpenDownload();
  // Printing only reads: the delegates without a badge get their first one just before (badge.issueMissing).
  const printBadges = () =>
    sheet.open(badgesPdfPath(meetingId), {
      fileName: `badges-${meetingId}.pdf`,
      before: () => (withoutBadge > 0 ? client.send('badge.issueMissing', { meetingId }) : Promise.resolve()),
    });
  const [importing, setImporting] = useState(false);
  const seats = snapshot.delegates.filter((d) => d.seat).length;

  return (
    <section className={`card ${styles.delegates}`}>
      <header className={styles.editorHead}>
        <h2>
          {t('delegates.title')} <span className={styles.muted}>· {t('delegates.count', { count: snapshot.delegates.length })}</span>
        </h2>
        <div className={styles.printBadges}>
          {snapshot.delegates.length > 0 && token ? (
            <button type="button" className="btn btn-primary" disabled={sheet.pending} onClick={() => void printBadges()} data-testid="print-badges">
              {t('delegates.printBadges')}
            </button>
          ) : (
            <button type="button" className="btn btn-primary" disabled data-testid="print-badges">
              {t('delegates.printBadges')}
            </button>
          )}
          <span className={styles.hint}>
            {withoutBadge > 0 ? t('delegates.printHintNew', { count: withoutBadge }) : t('delegates.printHint')}
          </span>
          <ErrorMessage error={sheet.error} testId="print-badges-error" />
        </div>
      </header>
      {importing ? (
        <DelegateImportPanel meetingId={meetingId} onClose={() => setImporting(false)} />
      ) : (
        <div className={styles.importBar}>
          <button type="button" className="btn btn-primary" onClick={() => setImporting(true)} data-testid="import-delegates">
            {t('import.open')}
          </button>
          <span className={styles.hint}>{t('import.openHint')}</span>
        </div>
      )}
      <DelegateForm
        heading={t('delegates.addTitle')}
        submitLabel={t('delegates.add')}
        pending={add.pending}
        error={add.error}
        onSubmit={async (fields) => !!(await add.run({ meetingId, ...fields }))}
        testId="add-delegate-form"
      />
      <label className={`field ${styles.filter}`}>
        <span>{t('delegates.filter')}</span>
        <input className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="delegate-filter" />
      </label>
      {snapshot.delegates.length === 0 ? (
        <p className={styles.muted}>{t('delegates.empty')}</p>
      ) : shown.length === 0 ? (
        <p className={styles.muted}>{t('delegates.noMatch')}</p>
      ) : (
        <table className={table.table}>
          <thead>
            <tr>
              <th title={t('seats.hint')}>
                {t('delegates.fields.seat')} <span className={styles.muted}>({seats}/{snapshot.delegates.length})</span>
              </th>
              <th>{t('delegates.fields.fullName')}</th>
              <th>{t('delegates.fields.organisation')}</th>
              <th>{t('delegates.fields.group')}</th>
              <th>{t('delegates.badge')}</th>
              <th aria-label="actions" />
            </tr>
          </thead>
          <tbody>
            {shown.map((delegate) => (
              <DelegateRow key={delegate.id} meetingId={meetingId} delegate={delegate} delegates={snapshot.delegates} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DelegateRow({ meetingId, delegate, delegates }: { meetingId: string; delegate: Delegate; delegates: readonly Delegate[] }) {
  const { t } = useTranslation(['secretariat', 'common']);
  const [editing, setEditing] = useState(false);
  const update = useCommand('delegate.update');
  const remove = useCommand('delegate.remove');
  if (editing) {
    const { id, ...initial } = delegate;
    return (
      <tr data-testid="delegate-row" data-delegate-id={id}>
        <td colSpan={6}>
          <DelegateForm
            heading={t('delegates.editTitle')}
            initial={initial}
            submitLabel={t('common:actions.save')}
            pending={update.pending}
            error={update.error}
            onSubmit={async (fields) => {
              const ok = !!(await update.run({ meetingId, delegateId: id, ...fields }));
              if (ok) setEditing(false);
              return ok;
            }}
            onCancel={() => setEditing(false)}
            testId="edit-delegate-form"
          />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid="delegate-row" data-delegate-id={delegate.id}>
      <SeatCell meetingId={meetingId} delegate={delegate} delegates={delegates} />
      <td>
        <strong>{delegate.fullName}</strong>
        {delegate.title ? <div className={styles.muted}>{delegate.title}</div> : null}
      </td>
      <td>{delegate.organisation}</td>
      <td>{delegate.group}</td>
      <td data-testid="badge-serial" data-serial={delegate.badgeSerial}>
        {delegate.badgeSerial > 0 ? t('delegates.badgeSerial', { serial: delegate.badgeSerial }) : <span className={styles.muted}>{t('delegates.noBadge')}</span>}
      </td>
      <td className={styles.rowButtons}>
        <div className={styles.rowActions}>
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)} data-testid="edit-delegate">
            {t('common:actions.edit')}
          </button>
          <ConfirmRemove
            question={t('delegates.removeConfirm', { name: delegate.fullName })}
            onConfirm={() => void remove.run({ meetingId, delegateId: delegate.id })}
            disabled={remove.pending}
            testId="remove-delegate"
          />
        </div>
        <ErrorMessage error={remove.error} testId="delegate-error" />
      </td>
    </tr>
  );
}
