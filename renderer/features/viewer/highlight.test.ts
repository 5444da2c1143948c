// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearHighlights, highlightMatches } from './highlight.ts';

/** A text layer as pdf.js lays it out: one span per text piece, <br> at a line's end. */
function layer(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('highlightMatches', () => {
  it('marks a match without diacritics, across pieces and a line break', () => {
    const div = layer('<span>Thu ngân</span><span> sách nhà</span><br><span>nước. Ngân</span><br><span>sách</span>');
    const marks = highlightMatches(div, 'ngan sach');
    expect(marks.map((m) => m.textContent)).toEqual(['ngân', ' sách', 'Ngân', 'sách']);
    expect(div.querySelectorAll('span').length).toBe(4);
    expect(div.textContent).toBe('Thu ngân sách nhànước. Ngânsách');
  });

  it('marks two matches in one piece and clears them again', () => {
    const div = layer('<span>đạt 86%, đạt</span>');
    expect(highlightMatches(div, 'dat').map((m) => m.textContent)).toEqual(['đạt', 'đạt']);
    clearHighlights(div);
    expect(div.innerHTML).toBe('<span>đạt 86%, đạt</span>');
    expect(div.querySelector('span')!.childNodes.length).toBe(1);
  });

  it('marks nothing for an empty query, or one not in the text', () => {
    const div = layer('<span>ngân sách</span>');
    expect(highlightMatches(div, '  ')).toEqual([]);
    expect(highlightMatches(div, 'thuế')).toEqual([]);
    expect(div.querySelector('mark')).toBeNull();
  });
});
