import type { BadgeCard } from './card.ts';
import { fitText, type FittedText } from './fit-text.ts';
import type { FontMetrics } from './fonts.ts';
import { ACCENT, INK, MUTED, WHITE, mm, type Box, type Paint, type Rgb, type Size } from './paint.ts';
import { QUIET_ZONE, qrSymbol } from './qr.ts';

/** The badge is a Vietnamese artefact whatever language the secretariat's screen speaks. */
export const BADGE_LABELS = { seat: 'Ghế', code: 'Mã:' } as const;

/** The QR code with its quiet zone is never narrower than this: a desk scanner reads it from arm's length. */
export const MIN_QR_SIDE = mm(28);

export interface BadgePlan {
  size: Size;
  paints: Paint[];
  /** The QR code with its quiet zone: nothing else is drawn inside. */
  qr: Box;
}

/**
 * Everything drawn on one badge of the given size. Cards wider than tall put the QR code on the right of the
 * text; tall ones (4 or 1 per page) stack the text above it. Sizes scale from a reference card per shape, so a
 * table card of 2 per page is the lanyard badge made bigger, not a different design.
 */
export function badgePlan(card: BadgeCard, size: Size, metrics: FontMetrics): BadgePlan {
  return size.height > size.width * 1.2 ? tallPlan(card, size, metrics) : widePlan(card, size, metrics);
}

type Align = 'left' | 'center' | 'right';

interface Placed {
  paints: Paint[];
  bottom: number;
}

/** 15/07/2025 from 2025-07-15, as dates are written in Việt Nam; anything else as it is. */
export function formatBadgeDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate.trim();
}

/** Line distance, as a multiple of the size: room for a stacked accent (Ễ) under a descender (g, y) above it. */
const LEADING = 1.22;

function textHeight(m: FontMetrics, fitted: FittedText): number {
  if (fitted.lines.length === 0) return 0;
  return (m.ascent(fitted.face) + (fitted.lines.length - 1) * LEADING + m.descent(fitted.face)) * fitted.size;
}

/** Lines from `top` (the top of the tallest accent) down, each aligned within [x, x + width]. */
function placeText(m: FontMetrics, fitted: FittedText, x: number, width: number, top: number, align: Align, color: Rgb): Placed {
  const { face, size } = fitted;
  const paints: Paint[] = fitted.lines.map((text, i) => {
    const w = m.width(text, face) * size;
    const left = align === 'left' ? x : align === 'center' ? x + (width - w) / 2 : x + width - w;
    return { kind: 'text', text, x: left, baseline: top + (m.ascent(face) + i * LEADING) * size, size, face, color };
  });
  const bottom = top + textHeight(m, fitted);
  return paints.length > 1 ? { paints: [{ kind: 'span', text: fitted.reads, paints }], bottom } : { paints, bottom };
}

/** Meeting title (small, accent colour) and date, then a rule across the card. */
function header(card: BadgeCard, m: FontMetrics, k: number, inner: Box, layout: 'side-by-side' | 'centred'): Placed {
  const size = 7.5 * k;
  // Small, but never below what an office printer and a reader's eyes manage.
  const smallest = Math.max(6 * k, 5.5);
  const date = fitText(m, { text: formatBadgeDate(card.meetingDate), face: 'regular', maxSize: size, minSize: size, width: inner.width, maxLines: 1, overflow: 'ellipsis' });
  const dateWidth = date.lines.length ? m.width(date.lines[0] ?? '', 'regular') * date.size : 0;
  const paints: Paint[] = [];
  let bottom: number;
  if (layout === 'side-by-side') {
    const titleWidth = inner.width - dateWidth - 6 * k;
    const title = fitText(m, { text: card.meetingTitle, face: 'bold', maxSize: size, minSize: smallest, width: titleWidth, maxLines: 2, overflow: 'ellipsis' });
    const placedTitle = placeText(m, title, inner.x, titleWidth, inner.y, 'left', ACCENT);
    // The date sits on the title's first baseline, at the right.
    const placedDate = placeText(m, date, inner.x, inner.width, inner.y + (m.ascent('bold') * title.size - m.ascent('regular') * date.size), 'right', MUTED);
    paints.push(...placedTitle.paints, ...placedDate.paints);
    bottom = Math.max(placedTitle.bottom, placedDate.bottom);
  } else {
    const title = fitText(m, { text: card.meetingTitle, face: 'bold', maxSize: size, minSize: smallest, width: inner.width, maxLines: 2, overflow: 'ellipsis' });
    const placedTitle = placeText(m, title, inner.x, inner.width, inner.y, 'center', ACCENT);
    const placedDate = placeText(m, date, inner.x, inner.width, placedTitle.bottom + k, 'center', MUTED);
    paints.push(...placedTitle.paints, ...placedDate.paints);
    bottom = placedDate.bottom;
  }
  const ruleWidth = 0.75 * k;
  const ruleY = bottom + 2.5 * k + ruleWidth / 2;
  paints.push({ kind: 'line', x1: inner.x, y1: ruleY, x2: inner.x + inner.width, y2: ruleY, width: ruleWidth, color: ACCENT, dash: null });
  return { paints, bottom: ruleY + ruleWidth / 2 };
}

/** "Ghế A07" in white on a dark red box: the usher looks for it from a step away. */
function seatBox(card: BadgeCard, m: FontMetrics, size: number, x: number, maxWidth: number, bottom: number, align: Align): Placed & { top: number } {
  if (card.seat.trim() === '') return { paints: [], bottom, top: bottom };
  const padX = 0.45 * size;
  const height = 1.5 * size;
  const fitted = fitText(m, { text: `${BADGE_LABELS.seat} ${card.seat}`, face: 'bold', maxSize: size, minSize: 0.6 * size, width: maxWidth - 2 * padX, maxLines: 1, overflow: 'shrink' });
  const line = fitted.lines[0] ?? '';
  const textWidth = m.width(line, 'bold') * fitted.size;
  const width = textWidth + 2 * padX;
  const left = align === 'left' ? x : x + (maxWidth - width) / 2;
  const top = bottom - height;
  return {
    top,
    bottom,
    paints: [
      { kind: 'box', box: { x: left, y: top, width, height }, color: ACCENT },
      // Centred on the capitals' height, which is how the eye judges a line to be centred in a box.
      { kind: 'text', text: line, x: left + padX, baseline: top + (height + m.capHeight('bold') * fitted.size) / 2, size: fitted.size, face: 'bold', color: WHITE },
    ],
  };
}

/**
 * Space added after each letter of the short code, in ems: K7QM-2XHP is read aloud and typed letter by letter,
 * and a little air between the letters keeps 8 from B and 2 from Z.
 */
const CODE_TRACKING = 0.12;

function codeLineWidth(m: FontMetrics, code: string): number {
  const letters = m.width(code, 'bold') + CODE_TRACKING * Math.max(0, [...code].length - 1);
  return m.width(`${BADGE_LABELS.code} `, 'regular') + letters;
}

/** "Mã: K7QM-2XHP" centred on centreX, the code letter-spaced; at most `maxWidth` wide. */
function codeLine(card: BadgeCard, m: FontMetrics, preferred: number, centreX: number, top: number, maxWidth: number): Placed {
  const code = card.shortCode.trim();
  const size = Math.min(preferred, maxWidth / codeLineWidth(m, code));
  const baseline = top + m.ascent('bold') * size;
  const x = centreX - (codeLineWidth(m, code) * size) / 2;
  const paints: Paint[] = [
    { kind: 'text', text: BADGE_LABELS.code, x, baseline, size, face: 'regular', color: MUTED },
    { kind: 'text', text: code, x: x + m.width(`${BADGE_LABELS.code} `, 'regular') * size, baseline, size, face: 'bold', color: INK, tracking: CODE_TRACKING },
  ];
  // Read back as "Mã: K7QM-2XHP": spaced letters would otherwise come out as "K 7 Q M".
  return { paints: [{ kind: 'span', text: `${BADGE_LABELS.code} ${code}`, paints }], bottom: baseline + m.descent('bold') * size };
}

const codeLineHeight = (m: FontMetrics, size: number) => (m.ascent('bold') + m.descent('bold')) * size;

function qrPaint(outer: Box, modulesPerSide: number, runs: ReturnType<typeof qrSymbol>['runs']): Paint {
  const module = outer.width / modulesPerSide;
  return { kind: 'qr', x: outer.x + QUIET_ZONE * module, y: outer.y + QUIET_ZONE * module, module, runs };
}

interface Identity {
  name: FittedText;
  title: FittedText;
  organisation: FittedText;
}

/** Full name, title and organisation at the largest common scale that fits the height: the name never loses a letter. */
function fitIdentity(card: BadgeCard, m: FontMetrics, sizes: { name: number; detail: number }, width: number, height: number, nameLines: number): Identity & { height: number } {
  let fitted: Identity & { height: number } = { name: emptyText, title: emptyText, organisation: emptyText, height: 0 };
  for (let t = 1; t >= 0.3; t -= 0.05) {
    const name = fitText(m, {
      text: card.fullName,
      face: 'bold',
      maxSize: sizes.name * t,
      minSize: sizes.name * t * 0.55,
      oneLineDownTo: sizes.name * t * 0.8,
      width,
      maxLines: nameLines,
      overflow: 'shrink',
    });
    const detail = (text: string) => fitText(m, { text, face: 'regular', maxSize: sizes.detail * t, minSize: sizes.detail * t * 0.8, width, maxLines: 2, overflow: 'ellipsis' });
    const title = detail(card.title);
    const organisation = detail(card.organisation);
    fitted = { name, title, organisation, height: identityHeight(m, name, title, organisation) };
    if (fitted.height <= height) break;
  }
  return fitted;
}

const emptyText: FittedText = { lines: [], size: 0, face: 'regular', reads: '' };

/** Space between the name and the lines under it, as a share of the detail size. */
const GAP_AFTER_NAME = 0.5;
const GAP_BETWEEN_DETAILS = 0.25;

function identityHeight(m: FontMetrics, name: FittedText, title: FittedText, organisation: FittedText): number {
  const gapName = title.lines.length || organisation.lines.length ? GAP_AFTER_NAME * Math.max(title.size, organisation.size) : 0;
  const gapDetail = title.lines.length && organisation.lines.length ? GAP_BETWEEN_DETAILS * organisation.size : 0;
  return textHeight(m, name) + gapName + textHeight(m, title) + gapDetail + textHeight(m, organisation);
}

function placeIdentity(m: FontMetrics, identity: Identity, x: number, width: number, top: number, align: Align): Placed {
  const { name, title, organisation } = identity;
  const placedName = placeText(m, name, x, width, top, align, INK);
  let y = placedName.bottom + (title.lines.length || organisation.lines.length ? GAP_AFTER_NAME * Math.max(title.size, organisation.size) : 0);
  const placedTitle = placeText(m, title, x, width, y, align, INK);
  y = placedTitle.bottom + (title.lines.length && organisation.lines.length ? GAP_BETWEEN_DETAILS * organisation.size : 0);
  const placedOrganisation = placeText(m, organisation, x, width, y, align, MUTED);
  return { paints: [...placedName.paints, ...placedTitle.paints, ...placedOrganisation.paints], bottom: placedOrganisation.bottom };
}

/**
 * 8, 10, 6 and 2 per page: name, title and organisation on the left, the QR code on the right, and a bottom row
 * with the seat on the left and the short code under the QR code. Reference card: 95 × 69.25 mm.
 */
function widePlan(card: BadgeCard, size: Size, m: FontMetrics): BadgePlan {
  const k = Math.min(size.width / mm(95), size.height / mm(69.25));
  const pad = mm(4) * k;
  const inner: Box = { x: pad, y: pad, width: size.width - 2 * pad, height: size.height - 2 * pad };
  const head = header(card, m, k, inner, 'side-by-side');
  const bottom = inner.y + inner.height;

  // The bottom row's height is the seat box's; the short code is centred on the same line.
  const seatSize = 13 * k;
  const rowHeight = 1.5 * seatSize;
  const codeSize = 10 * k;
  const symbol = qrSymbol(card.token);
  const modulesPerSide = symbol.size + 2 * QUIET_ZONE;
  const qrTop = head.bottom + k;
  const side = Math.min(0.5 * inner.width, bottom - rowHeight - k - qrTop);
  // The quiet zone is white anyway, so it may take half the padding: a bigger code on the same card.
  const qr: Box = { x: size.width - pad / 2 - side, y: qrTop, width: side, height: side };
  const codeTop = bottom - rowHeight / 2 - codeLineHeight(m, codeSize) / 2;
  const code = codeLine(card, m, codeSize, qr.x + side / 2, Math.max(codeTop, qr.y + side), side);

  const columnX = inner.x;
  const columnWidth = qr.x - 2 * k - columnX;
  const seat = seatBox(card, m, seatSize, columnX, columnWidth, bottom, 'left');
  const top = head.bottom + 4 * k;
  const room = (seat.paints.length ? seat.top - 4 * k : bottom) - top;
  const identity = fitIdentity(card, m, { name: 19 * k, detail: 9 * k }, columnWidth, room, 3);
  const placed = placeIdentity(m, identity, columnX, columnWidth, top, 'left');

  return {
    size,
    qr,
    paints: [...head.paints, ...placed.paints, ...seat.paints, qrPaint(qr, modulesPerSide, symbol.runs), ...code.paints],
  };
}

/** 4 and 1 per page: name, title, organisation and seat above a centred QR code. Reference card: 95 × 138.5 mm. */
function tallPlan(card: BadgeCard, size: Size, m: FontMetrics): BadgePlan {
  const k = Math.min(size.width / mm(95), size.height / mm(138.5));
  const pad = mm(5) * k;
  const inner: Box = { x: pad, y: pad, width: size.width - 2 * pad, height: size.height - 2 * pad };
  const head = header(card, m, k, inner, 'centred');
  const bottom = inner.y + inner.height;

  const symbol = qrSymbol(card.token);
  const modulesPerSide = symbol.size + 2 * QUIET_ZONE;
  const codeSize = 10 * k;
  const side = 0.55 * inner.width;
  const qr: Box = { x: (size.width - side) / 2, y: bottom - codeLineHeight(m, codeSize) - side, width: side, height: side };
  const code = codeLine(card, m, codeSize, size.width / 2, qr.y + side, side);

  const seat = seatBox(card, m, 16 * k, inner.x, inner.width, qr.y - 2 * k, 'center');
  const top = head.bottom + 6 * k;
  const room = (seat.paints.length ? seat.top - 6 * k : qr.y - 2 * k) - top;
  const identity = fitIdentity(card, m, { name: 24 * k, detail: 11 * k }, inner.width, room, 3);
  // Centred in the room it has: a short name does not leave a hole under it.
  const placed = placeIdentity(m, identity, inner.x, inner.width, top + Math.max(0, (room - identity.height) / 2), 'center');

  return {
    size,
    qr,
    paints: [...head.paints, ...placed.paints, ...seat.paints, qrPaint(qr, modulesPerSide, symbol.runs), ...code.paints],
  };
}
