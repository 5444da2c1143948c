import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './speakers.module.css';

/** The chair's or the secretariat's announcements: typed in a dialog, sent to every tablet; those up, taken down from here. */
export function AnnounceButton({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('speakers');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)} data-testid="open-announce">
        {t('announce.open')}
        {snapshot.announcements.length > 0 ? ` (${snapshot.announcements.length})` : ''}
      </button>
      {open ? <AnnounceDialog snapshot={snapshot} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AnnounceDialog({ snapshot, onClose }: { snapshot: MeetingSnapshot; onClose: () => void }) {
  const { t } = useTranslation('speakers');
  const format = useFormat();
  const post = useCommand('announcements.post');
  const remove = useCommand('announcements.remove');
  const [text, setText] = useState('');
  const [onProjector, setOnProjector] = useState(false);
  const meetingId = snapshot.meeting.id;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if ((await post.run({ meetingId, text, onProjector })) !== null) setText('');
  };
  return (
    <Dialog labelledBy="announce-title" onClose={onClose} testId="announce-dialog" className={styles.announceDialog}>
      <h2 id="announce-title">{t('announce.title')}</h2>
      <form onSubmit={(event) => void submit(event)} className={styles.announceForm}>
        <label>
          <span>{t('announce.text')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} rows={3} required data-testid="announce-text" />
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={onProjector} onChange={(e) => setOnProjector(e.target.checked)} data-testid="announce-projector" />
          <span>{t('announce.onProjector')}</span>
        </label>
        <ErrorMessage error={post.error ?? remove.error} testId="announce-error" />
        <div className={styles.announceActions}>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('announce.close')}
          </button>
          <button type="submit" className="btn btn-accent" disabled={post.pending || text.trim() === ''} data-testid="announce-send">
            {t('announce.send')}
          </button>
        </div>
      </form>
      <h3>{t('announce.up')}</h3>
      {snapshot.announcements.length === 0 ? (
        <p className={styles.muted}>{t('announce.none')}</p>
      ) : (
        <ul className={styles.announceList}>
          {snapshot.announcements.map((a) => (
            <li key={a.id} data-testid="announcement-up">
              <span>
                <small>{format.time(new Date(a.postedAt))}</small> {a.text}
              </span>
              <button type="button" className="btn btn-small" disabled={remove.pending} onClick={() => void remove.run({ meetingId, announcementId: a.id })} data-testid="announce-remove">
                {t('announce.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
