import { describe, expect, it } from 'vitest';
import { OWN_INPUT_MS, leavesFollowing, readerInput, type InputFacts, type ReaderInput } from './followRule.ts';

describe('what a reader’s input is, for following the chair', () => {
  it.each<[string, InputFacts, ReaderInput]>([
    ['the wheel scrolls', { kind: 'wheel' }, 'browse'],
    ['Ctrl + wheel (a laptop’s pinch) zooms', { kind: 'wheel', ctrlKey: true }, 'zoom'],
    ['one finger moving scrolls', { kind: 'touchmove', touches: 1 }, 'browse'],
    ['two fingers moving pinch', { kind: 'touchmove', touches: 2 }, 'zoom'],
    ['a tap on a page (to select text, the first of a double tap)', { kind: 'pointerdown', onScrollbar: false }, 'other'],
    ['a press on the scroll bar', { kind: 'pointerdown', onScrollbar: true }, 'browse'],
    ['a link inside the document', { kind: 'click', control: 'link' }, 'browse'],
    ['a control to another page (page buttons, a thumbnail, an outline entry, a search result)', { kind: 'click', control: 'page' }, 'browse'],
    ['a zoom or fit button', { kind: 'click', control: 'zoom' }, 'zoom'],
    ['a button without a mark (a panel opened, the page number, an annotation tool)', { kind: 'click', control: '' }, 'other'],
    ['the page area itself is no button', { kind: 'click', control: 'scroll' }, 'other'],
    ['a click on no control (selecting text)', { kind: 'click', control: null }, 'other'],
    ['→ turns the page', { kind: 'key', key: 'ArrowRight' }, 'browse'],
    ['Page Down scrolls', { kind: 'key', key: 'PageDown' }, 'browse'],
    ['End goes to the last page', { kind: 'key', key: 'End' }, 'browse'],
    ['+ zooms', { kind: 'key', key: '+' }, 'zoom'],
    ['− zooms', { kind: 'key', key: '-' }, 'zoom'],
    ['Enter in go to page or the search (fields that go to a page)', { kind: 'key', key: 'Enter', inTextField: true, control: 'page' }, 'browse'],
    ['Enter in a note being written', { kind: 'key', key: 'Enter', inTextField: true, control: '' }, 'other'],
    ['← in the search field moves the caret', { kind: 'key', key: 'ArrowLeft', inTextField: true }, 'other'],
    ['a letter typed in the search field', { kind: 'key', key: 'n', inTextField: true }, 'other'],
    ['Tab moves the focus', { kind: 'key', key: 'Tab' }, 'other'],
  ])('%s → %s', (_, facts, expected) => {
    expect(readerInput(facts)).toBe(expected);
  });
});

describe('whether a change of the page in view leaves follow mode', () => {
  const NOW = 100_000;
  const base = { following: true, chairHere: true, page: 9, chairPage: 7, now: NOW };
  const recent = (input: ReaderInput, ago = 200) => ({ input, at: NOW - ago });
  it.each<[string, Parameters<typeof leavesFollowing>[0], boolean]>([
    ['scrolled away from the chair’s page', { ...base, last: recent('browse') }, true],
    ['a thumbnail, a link, go to page just now', { ...base, last: recent('browse', OWN_INPUT_MS - 1) }, true],
    ['zoomed: the pages laid out again moved the page in view', { ...base, last: recent('zoom') }, false],
    ['a tap to select text, then the page moved', { ...base, last: recent('other') }, false],
    ['browsed long ago, the page moved now (not by the reader)', { ...base, last: recent('browse', OWN_INPUT_MS) }, false],
    ['no input at all', { ...base, last: null }, false],
    ['landed on the chair’s page (the chair turned it)', { ...base, page: 7, last: recent('browse') }, false],
    ['not following', { ...base, following: false, last: recent('browse') }, false],
    ['the chair shows another document', { ...base, chairHere: false, last: recent('browse') }, false],
  ])('%s → %s', (_, state, expected) => {
    expect(leavesFollowing(state)).toBe(expected);
  });
});
