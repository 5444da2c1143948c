import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';
import { Loading } from '../common/Loading.tsx';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { PairingForm } from './PairingForm.tsx';
import { afterPairing, meetingIdOf, pairCodeOf } from './pairLink.ts';

/**
 * `/pair?code=123456&meeting=<id>`: where the room QR leads. Pairs with the code from the address at once,
 * then opens the meeting's tablet screen (or home). Without a code, or with a wrong one, the pairing form.
 */
export function PairPage() {
  const { t } = useTranslation('pairing');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useHubClient();
  const connected = useHubState((s) => s.connection.status === 'connected');
  const code = pairCodeOf(params.get('code') ?? '');
  const meetingId = meetingIdOf(params.get('meeting'));
  const [failure, setFailure] = useState<HubError | null>(null);
  const [trying, setTrying] = useState(code !== null);
  const tried = useRef(false);

  useEffect(() => {
    if (!code || !connected || tried.current) return;
    tried.current = true;
    client
      .pair(code)
      .then(() => navigate(afterPairing(meetingId), { replace: true }))
      .catch((error: unknown) => {
        setFailure(toHubError(error));
        setTrying(false);
      });
  }, [client, code, connected, meetingId, navigate]);

  return (
    <ScreenFrame screen="tablet">
      {trying ? (
        <Loading label={t('pairingFromLink')} />
      ) : (
        <PairingForm
          initialCode={code ?? ''}
          initialError={failure}
          onPaired={(fromQr) => navigate(afterPairing(fromQr ?? meetingId), { replace: true })}
        />
      )}
    </ScreenFrame>
  );
}
