import { deskMayPrint } from '../badges/desk-print.ts';
import { badgeCards } from '../badges/print.ts';
import { renderBadgePng } from '../badges/sheet.ts';
import { renderBadgeSheetOffThread } from '../badges/sheet-thread.ts';
import type { Identified } from './caller.ts';
import type { HttpRequest } from './context.ts';
import { fail } from './reply.ts';

/** `GET /api/meetings/<id>/badges.pdf?perPage=8`: the A4 sheet of the badges as they are. */
export async function badgeSheet({ res, url, params, deps }: HttpRequest<Identified>): Promise<void> {
  const { store } = deps;
  const meetingId = params.id ?? '';
  const perPage = Number(url.searchParams.get('perPage') ?? 8);
  // A GET only reads: badges are issued beforehand (badge.issueMissing, which the Print badges button sends first).
  if (!store.getMeeting(meetingId)) return fail(res, 'not_found', `There is no meeting "${meetingId}".`, { reason: 'meeting_not_found', params: { meetingId } });
  const delegates = store.delegates(meetingId).length;
  if (delegates === 0) return fail(res, 'conflict', 'This meeting has no delegates yet: import or add them first.', { reason: 'no_delegates' });
  const cards = badgeCards(store, meetingId);
  if (cards.length < delegates) {
    const missing = delegates - cards.length;
    return fail(res, 'conflict', `${missing} of ${delegates} delegates have no badge yet: issue them first (badge.issueMissing), then print.`, {
      reason: 'badges_missing',
      params: { missing, total: delegates },
    });
  }
  let pdf: Uint8Array;
  try {
    pdf = await renderBadgeSheetOffThread(cards, { perPage });
  } catch (error) {
    return fail(res, 'bad_request', error instanceof Error ? error.message : String(error));
  }
  res.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="badges-${meetingId}.pdf"`,
    'Cache-Control': 'no-store',
    'Content-Length': pdf.length,
  });
  res.end(pdf);
}

/** `GET /api/meetings/<id>/delegates/<delegateId>/badge.png`: one badge, for a replacement printed at the desk. */
export async function badgePng({ res, params, caller, deps }: HttpRequest<Identified>): Promise<void> {
  const { store } = deps;
  const meetingId = params.id ?? '';
  const delegateId = params.delegateId ?? '';
  if (!store.getDelegate(meetingId, delegateId)) return fail(res, 'not_found', `Meeting "${meetingId}" has no delegate "${delegateId}".`, {
      reason: 'delegate_not_found',
      params: { meetingId, delegateId },
    });
  if (caller.role === 'checkin' && !deskMayPrint(store, meetingId, delegateId, new Date())) {
    return fail(res, 'forbidden', 'A check-in desk prints a badge only in the ten minutes after issuing it (badge.issue); issue a new one to print it.', {
      reason: 'print_window',
    });
  }
  const [card] = badgeCards(store, meetingId, [delegateId]);
  if (!card) return fail(res, 'conflict', 'This delegate has no badge yet: issue one first (badge.issue).', { reason: 'no_badge' });
  const png = await renderBadgePng(card);
  res.writeHead(200, {
    'Content-Type': 'image/png',
    'Content-Disposition': `inline; filename="badge-${delegateId}-${card.serial}.png"`,
    'Cache-Control': 'no-store',
    'Content-Length': png.length,
  });
  res.end(png);
}
