import { useTranslation } from 'react-i18next';
import type { MeetingDocument, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useHubState } from '../../client/react.tsx';

/**
 * What is drawn over every page of a restricted document (access not `all`): the delegate's name and seat,
 * or the staff role reading it. Null for documents open to everyone.
 */
export function useWatermark(document: MeetingDocument | null, snapshot: MeetingSnapshot): string | null {
  const { t } = useTranslation(['viewer', 'common']);
  const session = useHubState((s) => s.session);
  if (!document || document.access.kind === 'all') return null;
  const restricted = t('watermark.restricted');
  if (session?.role === 'delegate') {
    const delegate = snapshot.delegates.find((d) => d.id === session.delegateId);
    const name = delegate?.fullName ?? t('watermark.delegate');
    return delegate?.seat ? `${name}\n${t('watermark.seat', { seat: delegate.seat })} · ${restricted}` : `${name}\n${restricted}`;
  }
  const role = session ? t(`common:roles.${session.role}`) : t('watermark.guest');
  return `${role}\n${restricted}`;
}
