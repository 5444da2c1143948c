import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { documentsOf } from '../documents/documentsOf.ts';
import { AgendaEditorRow } from './AgendaEditorRow.tsx';
import { ItemDocuments } from './ItemDocuments.tsx';
import { ItemForm } from './ItemForm.tsx';
import styles from './secretariat.module.css';

/** The agenda as the secretariat edits it: every item with its documents, and the form that adds items. */
export function AgendaEditor({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('secretariat');
  const { meeting } = snapshot;
  const agenda = useAgenda(snapshot.agendaItems, meeting.currentItemId);
  const add = useCommand('agenda.add');

  return (
    <div className={styles.editor}>
      <section className={`card ${styles.editorCard}`}>
        <header className={styles.editorHead}>
          <h2>{t('agenda.title')}</h2>
          <p>{t('agenda.intro')}</p>
        </header>
        <ol className={styles.editorList} data-testid="agenda-editor">
          {agenda.rows.map((node) => (
            <AgendaEditorRow
              key={node.item.id}
              node={node}
              meetingId={meeting.id}
              items={snapshot.agendaItems}
              documents={documentsOf(snapshot.documents, node.item.id)}
              isCurrent={node.item.id === meeting.currentItemId}
            />
          ))}
        </ol>
        <div className={styles.addItem}>
          <ItemForm
            heading={t('agenda.addTitle')}
            submitLabel={t('agenda.add')}
            pending={add.pending}
            error={add.error}
            onSubmit={async (fields) => !!(await add.run({ meetingId: meeting.id, parentId: null, ...fields }))}
            testId="add-item-form"
          />
        </div>
      </section>
      <section className={`card ${styles.editorCard}`}>
        <header className={styles.editorHead}>
          <h2>{t('documents.general')}</h2>
        </header>
        <ItemDocuments meetingId={meeting.id} itemId={null} number={null} documents={documentsOf(snapshot.documents, null)} />
      </section>
    </div>
  );
}
