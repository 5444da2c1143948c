import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useHubState } from '../../client/react.tsx';
import { Countdown } from '../votes/Countdown.tsx';
import type { Vote } from '../votes/select.ts';
import { useSecondsLeft } from '../votes/useSecondsLeft.ts';
import { ConfirmBar } from './ConfirmBar.tsx';
import { ElectionChoices } from './ElectionChoices.tsx';
import { MotionChoices } from './MotionChoices.tsx';
import { Recorded } from './Recorded.tsx';
import type { Ballot } from './useBallot.ts';
import styles from './ballot.module.css';

/** The open vote's ballot, in the body's words, with large targets; what blocks voting is said, never hidden. */
export function BallotPanel({ vote, snapshot, ballot, onAside }: { vote: Vote; snapshot: MeetingSnapshot; ballot: Ballot; onAside: () => void }) {
  const { t } = useTranslation(['ballot', 'votes']);
  const connected = useHubState((s) => s.connection.status === 'connected');
  const delegateId = useHubState((s) => s.session?.delegateId ?? null);
  const present = snapshot.attendance.some((a) => a.id === delegateId && a.status === 'present');
  const secondsLeft = useSecondsLeft(vote.closesAt);
  const timeUp = secondsLeft === 0;
  const recorded = ballot.phase === 'recorded';
  const blocked = !recorded && (!connected ? 'offline' : !present ? 'notPresent' : timeUp ? 'timeUp' : null);
  const canAct = blocked === null;
  const changeable = vote.kind === 'motion' && vote.ballot === 'named' && vote.motion.mayChange;

  return (
    <section
      className={styles.panel}
      aria-labelledby="ballot-title"
      data-testid="tablet-vote"
      data-kind={vote.kind}
      data-vote-id={vote.id}
      data-phase={ballot.phase}
      data-blocked={blocked ?? ''}
    >
      <header className={styles.head}>
        <div className={styles.headText}>
          <span className={styles.kind}>
            {t(`title.${vote.kind}`)}
            {vote.kind === 'election' && vote.election.rounds.length > 1 ? ` · ${t('votes:round', { round: vote.round.round })}` : ''}
            <span className={styles.ballotKind}>{t(`votes:ballot.${vote.ballot}`)}</span>
          </span>
          <h2 id="ballot-title" className={styles.title}>
            {vote.title}
          </h2>
        </div>
        <Countdown closesAt={vote.closesAt} className={styles.countdown} />
        <button type="button" className={`btn ${styles.aside}`} onClick={onAside} data-testid="ballot-aside">
          {t('strip.toMeeting')}
        </button>
      </header>

      <div className={styles.body}>
        {vote.kind === 'motion' && vote.motion.text ? <p className={styles.text}>{vote.motion.text}</p> : null}
        <p className={styles.note}>
          {vote.ballot === 'secret' ? t('secretNote') : t('namedNote')} {changeable ? t('mayChange') : t('final')}
        </p>

        {blocked ? (
          <div className={styles.blocked} role="alert" data-testid={`ballot-${blocked === 'notPresent' ? 'not-present' : blocked === 'timeUp' ? 'time-up' : 'offline'}`}>
            {blocked === 'timeUp' ? (
              <strong>{t('timeUp')}</strong>
            ) : (
              <>
                <strong>{t(`${blocked}.title`)}</strong>
                <span>{t(`${blocked}.text`)}</span>
              </>
            )}
          </div>
        ) : null}

        {ballot.phase === 'checking' ? (
          <p className={styles.checking} data-testid="ballot-checking">
            {t('checking')}
          </p>
        ) : recorded ? (
          <Recorded vote={vote} ballot={ballot} changeable={changeable && connected && !timeUp} />
        ) : vote.kind === 'motion' ? (
          <MotionChoices motion={vote.motion} ballot={ballot} disabled={!canAct} />
        ) : (
          <ElectionChoices vote={vote} ballot={ballot} disabled={!canAct} />
        )}
      </div>
      {ballot.phase === 'confirming' || ballot.phase === 'sending' || ballot.phase === 'failed' ? (
        <ConfirmBar vote={vote} ballot={ballot} disabled={!canAct} />
      ) : null}
    </section>
  );
}
