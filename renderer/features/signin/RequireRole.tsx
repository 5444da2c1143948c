import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../shared/protocol/index.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { Loading } from '../common/Loading.tsx';
import { SignInForm } from './SignInForm.tsx';

/**
 * Shows its children only to a session of `role`. A session kept from an earlier visit is resumed
 * first, so a reload or a reconnection never asks for the passcode again while the token is valid.
 */
export function RequireRole({ role, children }: { role: StaffRole; children: ReactNode }) {
  const { t } = useTranslation('signin');
  const client = useHubClient();
  const signedIn = useHubState((s) => s.session?.role === role);
  const connected = useHubState((s) => s.connection.status === 'connected');
  const [askPasscode, setAskPasscode] = useState(false);

  useEffect(() => {
    if (signedIn || !connected) return;
    let cancelled = false;
    client
      .resumeStored(role)
      .then((resumed) => !cancelled && !resumed && setAskPasscode(true))
      .catch(() => !cancelled && setAskPasscode(true));
    return () => {
      cancelled = true;
    };
  }, [client, role, signedIn, connected]);

  if (signedIn) return <>{children}</>;
  if (!askPasscode) return <Loading label={t('checking')} />;
  return <SignInForm role={role} />;
}
