import { describe, expect, it } from 'vitest';
import { badgePlan, formatBadgeDate, MIN_QR_SIDE, type BadgePlan } from './badge-layout.ts';
import type { BadgeCard } from './card.ts';
import { fitText } from './fit-text.ts';
import { badgeMetrics } from './fonts.ts';
import type { Box, Paint } from './paint.ts';
import { A4, PER_PAGE_CHOICES, sheetGrid, SINGLE_BADGE } from './sheet-grid.ts';
import { testCards } from './test-cards.ts';

const metrics = badgeMetrics();
const [base] = testCards(1);
if (!base) throw new Error('no test card');

/** Cards that push the layout: the longest fields a secretariat might type, and empty ones. */
const awkward: [string, BadgeCard][] = [
  ['plain', base],
  ['long name', { ...base, fullName: 'Tôn Nữ Thị Huyền Trang Công Tằng Tôn Nữ' }],
  ['absurd name', { ...base, fullName: 'Nguyễn Hoàng Phương Thảo Ngọc Bích Huyền Trân Công Tằng Tôn Nữ Thị Minh Khai Ánh Dương' }],
  ['one long word', { ...base, fullName: 'Nguyễnthịngọcánhhuỳnhthịmỹduyêntrầnđứcthắng' }],
  ['long everything', {
    ...base,
    meetingTitle: 'Đại hội đại biểu Đảng bộ tỉnh Thừa Thiên Huế lần thứ XVII, nhiệm kỳ 2025–2030 (phiên trù bị và phiên chính thức)',
    title: 'Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy kiêm Trưởng phòng Tổ chức cán bộ và Bảo vệ chính trị nội bộ',
    organisation: 'Đoàn đại biểu Đảng bộ Khối Doanh nghiệp tỉnh và các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh',
    seat: 'Hàng 12 – Khu vực B – Số 107',
  }],
  ['empty details', { ...base, title: '', organisation: '', seat: '' }],
  ['decomposed input', { ...base, fullName: 'Nguyễn Thị Ngọc Ánh'.normalize('NFD') }],
];

const shapes: [string, { width: number; height: number }][] = [
  ...PER_PAGE_CHOICES.map((n): [string, { width: number; height: number }] => [`${n} per page`, sheetGrid(n).cell]),
  ['single PNG', SINGLE_BADGE],
];

/** Flattens spans. */
const flat = (paints: readonly Paint[]): Paint[] => paints.flatMap((p) => (p.kind === 'span' ? flat(p.paints) : [p]));

/** The box a paint covers: text from its tallest accent to its deepest descender. */
function bounds(p: Paint): Box {
  switch (p.kind) {
    case 'text': {
      const top = p.baseline - metrics.ascent(p.face) * p.size;
      const tracking = (p.tracking ?? 0) * Math.max(0, [...p.text].length - 1);
      return { x: p.x, y: top, width: (metrics.width(p.text, p.face) + tracking) * p.size, height: (metrics.ascent(p.face) + metrics.descent(p.face)) * p.size };
    }
    case 'box':
      return p.box;
    case 'line':
      return { x: Math.min(p.x1, p.x2) - p.width / 2, y: Math.min(p.y1, p.y2) - p.width / 2, width: Math.abs(p.x2 - p.x1) + p.width, height: Math.abs(p.y2 - p.y1) + p.width };
    case 'qr': {
      const side = Math.max(...p.runs.map((r) => Math.max(r.row + 1, r.column + r.length))) * p.module;
      return { x: p.x, y: p.y, width: side, height: side };
    }
    case 'span':
      return union(p.paints.map(bounds));
  }
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

const EPS = 0.01;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - EPS && inner.y >= outer.y - EPS && inner.x + inner.width <= outer.x + outer.width + EPS && inner.y + inner.height <= outer.y + outer.height + EPS;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;

/** The text a reader gets from a plan: each top-level text or span, in order. */
const texts = (plan: BadgePlan) => plan.paints.flatMap((p) => (p.kind === 'span' ? [p.text] : p.kind === 'text' ? [p.text] : []));

describe('badgePlan', () => {
  for (const [shape, size] of shapes) {
    for (const [label, card] of awkward) {
      it(`${shape}, ${label}: everything inside the card, nothing over the QR code or over anything else`, () => {
        const plan = badgePlan(card, size, metrics);
        const card_: Box = { x: 0, y: 0, ...size };
        for (const p of flat(plan.paints)) expect(inside(bounds(p), card_), `${JSON.stringify(p).slice(0, 120)} leaves the card`).toBe(true);

        expect(inside(plan.qr, card_)).toBe(true);
        expect(plan.qr.width).toBeGreaterThanOrEqual(MIN_QR_SIDE);
        const qr = plan.paints.find((p) => p.kind === 'qr');
        expect(qr && inside(bounds(qr), plan.qr)).toBe(true);
        // The quiet zone is four modules of nothing.
        for (const p of plan.paints.filter((p) => p.kind !== 'qr')) expect(overlap(bounds(p), plan.qr), `${p.kind} in the QR code's quiet zone`).toBe(false);

        // Blocks of text never touch one another; the seat's text sits inside its box.
        const blocks = plan.paints.filter((p) => p.kind === 'text' || p.kind === 'span');
        const seatBox = plan.paints.find((p) => p.kind === 'box');
        for (let i = 0; i < blocks.length; i++) {
          for (let j = i + 1; j < blocks.length; j++) {
            const [a, b] = [blocks[i] as Paint, blocks[j] as Paint];
            const onSeat = seatBox && [a, b].some((p) => inside(bounds(p), bounds(seatBox)));
            if (!onSeat) expect(overlap(bounds(a), bounds(b)), `${texts({ ...plan, paints: [a, b] }).join(' / ')}`).toBe(false);
          }
        }
        if (seatBox) {
          const seatText = blocks.find((p) => p.kind === 'text' && p.text.startsWith('Ghế '));
          expect(seatText && inside(bounds(seatText), bounds(seatBox))).toBe(true);
        }
      });
    }
  }

  it('never drops a letter of the name: the drawn name reads back as the name (NFC, spaces collapsed)', () => {
    for (const [, size] of shapes) {
      for (const [label, card] of awkward) {
        const name = card.fullName.normalize('NFC');
        const plan = badgePlan(card, size, metrics);
        expect(texts(plan), label).toContain(name);
      }
    }
  });

  it('labels the seat and the short code in Vietnamese', () => {
    const plan = badgePlan(base, SINGLE_BADGE, metrics);
    expect(texts(plan)).toContain(`Ghế ${base.seat}`);
    expect(texts(plan)).toContain(`Mã: ${base.shortCode}`);
    expect(texts(plan)).toContain(formatBadgeDate(base.meetingDate));
  });

  it('gives the name the biggest type on the badge', () => {
    const plan = badgePlan(base, SINGLE_BADGE, metrics);
    const sizes = flat(plan.paints).flatMap((p) => (p.kind === 'text' ? [{ text: p.text, size: p.size }] : []));
    const biggest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    expect(base.fullName.split(' ')).toContain(biggest.text.split(' ')[0]);
  });
});

describe('fitText', () => {
  const request = { face: 'bold' as const, maxSize: 20, minSize: 10, width: 140, maxLines: 2, overflow: 'shrink' as const };

  it('keeps the largest size and balances the lines', () => {
    const fitted = fitText(metrics, { ...request, text: 'Nguyễn Thị Ngọc Ánh' });
    expect(fitted.size).toBe(20);
    expect(fitted.lines).toEqual(['Nguyễn Thị', 'Ngọc Ánh']);
  });

  it('splits two lines after a comma or a dash when it can, never inside "Tỉnh ủy"', () => {
    const fitted = fitText(metrics, { ...request, face: 'regular', maxSize: 8, minSize: 6, width: 200, text: 'Hội nghị Ban Thường vụ Tỉnh ủy — phiên thường kỳ tháng 11' });
    expect(fitted.lines).toEqual(['Hội nghị Ban Thường vụ Tỉnh ủy —', 'phiên thường kỳ tháng 11']);
  });

  it('prefers one line down to oneLineDownTo', () => {
    expect(fitText(metrics, { ...request, text: 'Lê Quang Đạo', oneLineDownTo: 16 })).toMatchObject({ lines: ['Lê Quang Đạo'] });
    expect(fitText(metrics, { ...request, text: 'Nguyễn Thị Ngọc Ánh', oneLineDownTo: 16 })).toMatchObject({ lines: ['Nguyễn Thị', 'Ngọc Ánh'], size: 20 });
  });

  it('shrinks a name below minSize rather than cut it', () => {
    const text = 'Tôn Nữ Thị Huyền Trang Công Tằng Tôn Nữ Nguyễn Hoàng Phương Thảo';
    const fitted = fitText(metrics, { ...request, text, width: 100 });
    expect(fitted.size).toBeLessThan(10);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
  });

  it('cuts other fields with an ellipsis at minSize', () => {
    const fitted = fitText(metrics, { ...request, overflow: 'ellipsis', width: 100, text: 'Đoàn đại biểu Đảng bộ Khối Doanh nghiệp tỉnh và các đơn vị trực thuộc' });
    expect(fitted.size).toBe(10);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]?.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(metrics.width(line, 'bold') * fitted.size).toBeLessThanOrEqual(100);
  });

  it('breaks inside a word only when one word alone cannot fit, and still reads as the whole text', () => {
    const text = 'Ứ'.repeat(120);
    const fitted = fitText(metrics, { ...request, text, width: 50 });
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
    expect(fitted.lines.join('')).toBe(text);
    expect(fitted.reads).toBe(text);
    for (const line of fitted.lines) expect(metrics.width(line, 'bold') * fitted.size).toBeLessThanOrEqual(50);
  });

  it('reads decomposed input as composed letters and any whitespace as one space', () => {
    const fitted = fitText(metrics, { ...request, text: ' Vũ\tVăn\n Ứng '.normalize('NFD') });
    expect(fitted.lines.join(' ')).toBe('Vũ Văn Ứng');
  });
});

describe('sheetGrid', () => {
  it('fills A4 inside a 10 mm margin with every layout offered', () => {
    for (const perPage of PER_PAGE_CHOICES) {
      const grid = sheetGrid(perPage);
      expect(grid.columns * grid.rows).toBe(perPage);
      const last = grid.cellOrigin(perPage - 1);
      expect(last.x + grid.cell.width).toBeCloseTo(A4.width - (10 * 72) / 25.4, 6);
      expect(last.y + grid.cell.height).toBeCloseTo(A4.height - (10 * 72) / 25.4, 6);
    }
  });

  it('names the choices when refusing', () => {
    expect(() => sheetGrid(7)).toThrow('Badges per page must be 1, 2, 4, 6, 8 or 10 (got 7).');
  });
});

describe('formatBadgeDate', () => {
  it('writes the date the Vietnamese way', () => {
    expect(formatBadgeDate('2025-07-15')).toBe('15/07/2025');
    expect(formatBadgeDate('tháng 7')).toBe('tháng 7');
  });
});
