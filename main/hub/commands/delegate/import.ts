import { checkRows, matchListed } from '../../../../shared/domain/delegate-rows.ts';
import type { ErrorIssue } from '../../../../shared/protocol/index.ts';
import { CommandError, defineHandler, newId, requireMeeting } from '../context.ts';

/** How many refusals the message spells out; all of them are in the issues. */
const SHOWN = 5;

/**
 * Many delegates at once, all or none. The rows are checked again with the preview's own rules (the hub never
 * trusts the client's preview): any bad row, or a seat two delegates would share afterwards, refuses the whole list.
 */
export default defineHandler('delegate.import', (ctx, { meetingId, delegates: rows }) => {
  requireMeeting(ctx, meetingId);
  const numbered = rows.map((delegate, i) => ({ line: i + 1, delegate, warnings: [] }));
  const checked = checkRows(numbered, {}, 'row');
  const listed = ctx.store.delegates(meetingId);
  const { matches, errors } = matchListed(checked, listed, 'row');

  const issues: ErrorIssue[] = checked.flatMap((row, i) =>
    [...row.errors, ...(errors[i] ?? [])].map((message) => ({ path: `delegates.${i}`, message })),
  );
  if (issues.length > 0) {
    const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
    const listedWhy = issues.slice(0, SHOWN).map((issue) => issue.message).join(' ');
    throw new CommandError('bad_request', `Nothing was imported: ${listedWhy}${more}`, issues);
  }

  const byId = new Map(listed.map((d) => [d.id, d]));
  const writer = ctx.writer(meetingId);
  let added = 0;
  let updated = 0;
  checked.forEach((row, i) => {
    const { fullName, title, organisation, group, seat } = row.delegate;
    const existing = byId.get(matches[i] ?? '');
    if (!existing) {
      writer.delegate({ id: newId(), fullName, title, organisation, group, seat, badgeSerial: 0 });
      added++;
      return;
    }
    updated++;
    // Name and organisation matched (whatever their case); the list decides the rest.
    if (existing.title === title && existing.group === group && existing.seat === seat) return;
    writer.delegate({ ...existing, title, group, seat });
  });
  return { added, updated };
});
