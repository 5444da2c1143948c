import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFollowMeeting } from '../../client/react.tsx';
import { usePlatform } from '../../platform/react.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import { AttendanceCounters } from './AttendanceCounters.tsx';
import { useAttendance } from '../delegates/attendance.ts';
import { DelegateSearch } from './DelegateSearch.tsx';
import { ScanField } from './ScanField.tsx';
import { ScanStage } from './ScanStage.tsx';
import { useCameraScanner } from '../scanner/useCameraScanner.ts';
import { CameraIcon } from '../scanner/CameraScanner.tsx';
import { useKeepFocus } from './useKeepFocus.ts';
import { useScanDesk } from './useScanDesk.ts';
import styles from './checkin.module.css';

/**
 * The reception desk: delegates check in with the QR code on their badge (a handheld scanner, the
 * camera, or the short code typed by hand), or by name after the desk has checked who they are.
 */
export function CheckinPage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  return (
    <ScreenFrame screen="checkin" meeting={followed?.snapshot?.meeting}>
      <RequireRole role="checkin">
        <MeetingState meetingId={meetingId} followed={followed}>
          {(snapshot) => <CheckinDesk snapshot={snapshot} />}
        </MeetingState>
      </RequireRole>
    </ScreenFrame>
  );
}

const SOUND_KEY = 'roundtable.checkin.sound';

function CheckinDesk({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('checkin');
  const { storage } = usePlatform();
  const meetingId = snapshot.meeting.id;
  const summary = useAttendance(snapshot);
  const [sound, setSound] = useState(() => storage.getItem(SOUND_KEY) !== 'off');
  const desk = useScanDesk(meetingId, { sound });
  const [cameraEnabled, setCameraEnabled] = useState(false);
  const { scan } = desk;
  const scanCamera = useCallback((text: string) => void scan(text), [scan]);
  const camera = useCameraScanner({ enabled: cameraEnabled, onCode: scanCamera });
  const scanInput = useRef<HTMLInputElement | null>(null);
  const refocus = useKeepFocus(scanInput);

  // After every result, the scanner types into the scan field again.
  const seq = desk.shown?.seq;
  useEffect(() => {
    if (seq !== undefined) refocus();
  }, [seq, refocus]);

  const toggleSound = () => {
    storage.setItem(SOUND_KEY, sound ? 'off' : 'on');
    setSound(!sound);
  };

  return (
    <div className={styles.desk}>
      <div className={styles.scanColumn}>
        <div className={styles.scanBar}>
          <ScanField input={scanInput} onScan={desk.scan} checking={desk.checking} />
          <button
            type="button"
            className={`btn ${styles.cameraToggle}`}
            aria-pressed={cameraEnabled}
            onClick={() => setCameraEnabled((on) => !on)}
            data-testid="checkin-camera-toggle"
          >
            <CameraIcon size={22} />
            {cameraEnabled ? t('camera.stop') : t('camera.start')}
          </button>
          <button
            type="button"
            className={`btn btn-ghost ${styles.soundToggle}`}
            aria-pressed={sound}
            onClick={toggleSound}
            title={sound ? t('sound.off') : t('sound.on')}
            data-testid="checkin-sound"
          >
            <SoundIcon on={sound} />
            <span className="visually-hidden">{sound ? t('sound.off') : t('sound.on')}</span>
          </button>
        </div>
        {camera.state.status === 'problem' && cameraEnabled ? (
          <p className={styles.cameraProblem} role="alert" data-testid="checkin-camera-problem" data-problem={camera.state.problem}>
            {t(`camera.problems.${camera.state.problem}`)}
          </p>
        ) : null}
        <ScanStage
          shown={desk.shown}
          checking={desk.checking}
          cameraEnabled={cameraEnabled}
          camera={camera.state}
          videoRef={camera.videoRef}
          onDismiss={desk.dismiss}
        />
      </div>
      <div className={styles.sideColumn}>
        <AttendanceCounters summary={summary} />
        <DelegateSearch
          meetingId={meetingId}
          delegates={snapshot.delegates}
          summary={summary}
          onCheckedIn={desk.show}
          onBadgeTyped={(text) => {
            void desk.scan(text);
            scanInput.current?.focus({ preventScroll: true });
          }}
        />
      </div>
    </div>
  );
}

function SoundIcon({ on }: { on: boolean }) {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {on ? (
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path d="M16 9l5 6M21 9l-5 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}
