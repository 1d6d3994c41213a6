import { describe, expect, it } from 'vitest';
import { analyse, sentenceAt } from '../src/analyse/document.js';
import type { Article } from '../src/model.js';

const doc = (text: string, captions: Article['captions'] = []) =>
  analyse({ id: 'x', source: 'x', title: null, byline: null, outlet: null, url: null, published: null, text, captions });
const sentences = (text: string) => doc(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits at sentence ends but not at titles, initials or abbreviations', () => {
    expect(sentences('Mr. Smith met Dr. J. R. Jones in Washington on Jan. 5. They talked for an hour. U.S. officials declined to comment.'))
      .toEqual(['Mr. Smith met Dr. J. R. Jones in Washington on Jan. 5.', 'They talked for an hour.', 'U.S. officials declined to comment.']);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(sentences('“It simply will not work.” Ushakov said so twice. "Really?" she asked.'))
      .toEqual(['“It simply will not work.”', 'Ushakov said so twice.', '"Really?" she asked.']);
  });

  it('does not end a sentence at a comma inside a quotation', () => {
    expect(sentences('“We will sign,” the minister said on Monday.')).toEqual(['“We will sign,” the minister said on Monday.']);
  });

  it('treats each line as a paragraph, but joins lines that only wrap a sentence', () => {
    const d = doc('First paragraph ends here.\nSecond one starts and\ncontinues on this line.\n\nThird.');
    expect(d.paragraphs.map((p) => d.text.slice(p.start, p.end))).toEqual([
      'First paragraph ends here.', 'Second one starts and\ncontinues on this line.', 'Third.',
    ]);
    expect(d.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it('marks sentences inside captions and finds the sentence at an offset', () => {
    const text = 'Putin and Pashinyan in Moscow. Photo: kremlin.ru\n\nThe talks lasted three hours.';
    const d = doc(text, [{ start: 0, end: 48 }]);
    expect(d.sentences.map((s) => s.caption)).toEqual([true, true, false]);
    expect(sentenceAt(d, text.indexOf('three'))).toBe(2);
    expect(sentenceAt(d, text.indexOf('\n'))).toBe(-1);
  });
});
