import { judgeRows, matchListed, savedSeat } from '../../../../shared/domain/delegate-judge.ts';
import { problemText } from '../../../../shared/domain/delegate-rows.ts';
import type { ErrorIssue, ImportLine } from '../../../../shared/protocol/index.ts';
import { CommandError, defineHandler, newId, requireMeeting } from '../context.ts';

/** How many refusals the message spells out; all of them are in the issues. */
const SHOWN = 5;

/**
 * Many delegates at once, in one revision. The rows are judged again with the preview's own rule (the hub never
 * trusts the client's preview): a row that cannot be a delegate is skipped, a row whose seat has a problem is
 * imported without it, and the answer names each by its line with the problems as codes, for the screen to word.
 * A list of which no row can be imported is refused, naming the rows.
 */
export default defineHandler('delegate.import', (ctx, { meetingId, delegates: rows }) => {
  requireMeeting(ctx, meetingId);
  // The file's lines when the screen sent them all, else the rows' positions.
  const unit = rows.every((row) => row.line !== undefined) ? 'line' : 'row';
  const judged = judgeRows(rows.map(({ line, ...delegate }, i) => ({ line: unit === 'line' ? (line ?? i + 1) : i + 1, delegate })));
  const imported = judged.filter((row) => row.skip.length === 0);
  if (imported.length === 0) {
    const issues: ErrorIssue[] = judged.flatMap((row, i) =>
      row.skip.map((problem) => ({ path: `delegates.${i}`, message: problemText(problem, { unit, line: row.line }, 'en') })),
    );
    const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
    const listedWhy = issues.slice(0, SHOWN).map((issue) => issue.message).join(' ');
    throw new CommandError('bad_request', `Nothing was imported: ${listedWhy}${more}`, issues);
  }

  const listed = ctx.store.delegates(meetingId);
  const { matches, taken } = matchListed(imported.map((row) => ({ delegate: { ...row.delegate, seat: savedSeat(row) } })), listed);
  imported.forEach((row, i) => {
    const problem = taken[i];
    if (problem) row.seat.push(problem);
  });

  const byId = new Map(listed.map((d) => [d.id, d]));
  const writer = ctx.writer(meetingId);
  let added = 0;
  let updated = 0;
  imported.forEach((row, i) => {
    const { fullName, title, organisation, group } = row.delegate;
    const seat = savedSeat(row);
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
  const lines = (list: typeof judged, problems: (row: (typeof judged)[number]) => ImportLine['problems']): ImportLine[] =>
    list.filter((row) => problems(row).length > 0).map((row) => ({ line: row.line, problems: problems(row) }));
  return { added, updated, skipped: lines(judged, (row) => row.skip), changed: lines(imported, (row) => row.seat) };
});
