import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { Loading } from '../common/Loading.tsx';
import { BadgeSignIn } from './BadgeSignIn.tsx';

/**
 * The tablet belongs to one delegate of the meeting: their kept session is resumed after a reload or a
 * reconnection (at once from the device, with the hub out of reach); without one, badge sign-in. A staff session (secretariat or chair looking at the tablet
 * screen) is let through as it is.
 */
export function RequireDelegate({ meetingId, children }: { meetingId: string; children: ReactNode }) {
  const { t } = useTranslation('signin');
  const client = useHubClient();
  const signedIn = useHubState((s) => !!s.session && (s.session.role !== 'delegate' || s.session.meetingId === meetingId));
  const connected = useHubState((s) => s.connection.status === 'connected');
  const offline = useHubState((s) => s.connection.status === 'offline');
  const [ask, setAsk] = useState(false);

  useEffect(() => {
    if (signedIn) return;
    // Not (yet) in touch with the hub, after a reload or at start: her kept session opens the meeting as the device
    // kept it; the hub confirms it once it answers, or ends it.
    if (!connected) {
      client.resumeOffline('delegate', meetingId);
      return;
    }
    let cancelled = false;
    client
      .resumeStored('delegate', meetingId)
      .then((resumed) => !cancelled && !resumed && setAsk(true))
      .catch(() => !cancelled && setAsk(true));
    return () => {
      cancelled = true;
    };
  }, [client, meetingId, signedIn, connected]);

  if (signedIn) return <>{children}</>;
  // Nobody's session kept and no hub: the sign-in form, which says what it can when tried.
  if (!ask && !offline) return <Loading label={t('badge.checking')} />;
  return <BadgeSignIn meetingId={meetingId} />;
}
