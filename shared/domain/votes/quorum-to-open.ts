import type { Quorum } from '../../protocol/model.ts';

/**
 * Whether the chair may open a vote: the quorum holds, or the chair overrides it with a reason the hub records.
 * A reason of blanks is no reason.
 */
export type OpenCheck =
  | { readonly open: true; readonly overridden: false }
  | { readonly open: true; readonly overridden: true; readonly reason: string; readonly missing: number }
  | { readonly open: false; readonly missing: number };

export function checkQuorumToOpen(quorum: Pick<Quorum, 'reached' | 'missing'>, override?: { reason: string }): OpenCheck {
  if (quorum.reached) return { open: true, overridden: false };
  const reason = override?.reason.trim() ?? '';
  if (reason === '') return { open: false, missing: quorum.missing };
  return { open: true, overridden: true, reason, missing: quorum.missing };
}
