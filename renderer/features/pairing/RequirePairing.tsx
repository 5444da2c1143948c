import type { ReactNode } from 'react';
import { useHubState } from '../../client/react.tsx';
import { PairingForm } from './PairingForm.tsx';

/**
 * Shows its children only on a device that may read: one paired with the hub, or one with a staff
 * session (the hub counts those as paired). Otherwise the pairing screen, with why pairing was lost.
 */
export function RequirePairing({ children }: { children: ReactNode }) {
  const needsPairing = useHubState((s) => s.pairing.status === 'unpaired' && (!s.session || s.session.role === 'delegate'));
  if (needsPairing) return <PairingForm />;
  return <>{children}</>;
}
