// Properties of extraction over any text: nothing throws, every span is exact, every date value is well-formed,
// and the output is what the record contract (ExtractionSchema) promises.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ExtractionSchema, type Article, type Extraction } from '../src/model.js';
import { extractArticle } from '../src/pipeline.js';
import { anyText, published, RUNS, TIMEOUT } from './news-arbitraries.js';
import { isCalendarDay, isTimexValue } from './timex-value.js';

function article(text: string, pub: string | null): Article {
  return { id: 'prop', source: 'prop.txt', title: null, byline: null, outlet: null, url: null, published: pub, text, captions: [] };
}

/** Every invariant a user (or the store) relies on; throws with the offending record when one breaks. */
function checkExtraction(ex: Extraction): void {
  const text = ex.article.text;
  const spans: { start: number; end: number; text: string; what: string }[] = [
    ...ex.mentions.map((r) => ({ ...r, what: 'mention' })),
    ...ex.dates.map((r) => ({ ...r, what: 'date' })),
    ...ex.quotes.map((r) => ({ ...r, what: 'quote' })),
    ...ex.agreements.map((r) => ({ ...r, what: 'agreement' })),
    ...ex.events.map((r) => ({ ...r, what: 'event' })),
  ];
  for (const s of spans) {
    expect(s.start, `${s.what} ${JSON.stringify(s)}`).toBeGreaterThanOrEqual(0);
    expect(s.start, `${s.what} ${JSON.stringify(s)}`).toBeLessThanOrEqual(s.end);
    expect(s.end, `${s.what} ${JSON.stringify(s)}`).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end), `${s.what} text`).toBe(s.text);
  }
  for (const q of ex.quotes) {
    if (q.speaker_start === null || q.speaker_end === null) continue;
    expect(q.speaker_start).toBeLessThanOrEqual(q.speaker_end);
    expect(q.speaker_end).toBeLessThanOrEqual(text.length);
  }
  const actorIds = new Set(ex.actors.map((a) => a.id));
  for (const m of ex.mentions) expect(actorIds.has(m.actor), `mention of unknown actor ${m.actor}`).toBe(true);
  for (const s of ex.sentences) {
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
  for (const d of ex.dates) {
    expect(isTimexValue(d.type, d.value), `${d.type} value "${d.value}" for "${d.text}" (${d.rule})`).toBe(true);
    expect(d.from === null, `from and to both set or both null for "${d.text}"`).toBe(d.to === null);
    if (d.from !== null && d.to !== null) {
      expect(isCalendarDay(d.from), `from ${d.from} for "${d.text}" (${d.rule})`).toBe(true);
      expect(isCalendarDay(d.to), `to ${d.to} for "${d.text}" (${d.rule})`).toBe(true);
      expect(d.from <= d.to, `from ${d.from} after to ${d.to} for "${d.text}"`).toBe(true);
    }
  }
  const parsed = ExtractionSchema.safeParse(ex);
  expect(parsed.success, parsed.error?.message).toBe(true);
}

describe('extraction over any text', () => {
  it('throws nothing, and every record span is exact, every date well-formed, the output schema-valid', () => {
    fc.assert(fc.property(anyText, published, (text, pub) => {
      checkExtraction(extractArticle(article(text, pub)));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('holds when captions cover parts of the text', () => {
    const withCaptions = fc.tuple(anyText, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }));
    fc.assert(fc.property(withCaptions, published, ([text, cuts], pub) => {
      const captions = cuts.map(([a, b]) => {
        const [s, e] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        return { start: s, end: e };
      });
      checkExtraction(extractArticle({ ...article(text, pub), captions }));
    }), { numRuns: Math.ceil(RUNS / 3) });
  }, TIMEOUT);

  it('gives the same records for the same article (extraction is pure)', () => {
    fc.assert(fc.property(anyText, published, (text, pub) => {
      expect(extractArticle(article(text, pub))).toEqual(extractArticle(article(text, pub)));
    }), { numRuns: Math.ceil(RUNS / 5) });
  }, TIMEOUT);

  it('finds the quote, its speaker and the date in a plain news sentence, whatever surrounds it', () => {
    // A guard that the generators are not hiding a silent extractor: a well-formed sentence is still understood.
    const noise = fc.string({ maxLength: 40 }).map((s) => s.replace(/[“”"\n]/g, ' '));
    fc.assert(fc.property(noise, (before) => {
      const sentence = '“We will sign the agreement in June,” Armenian Prime Minister Nikol Pashinyan said on Monday.';
      const text = `${before.trim()}\n\n${sentence}`;
      const ex = extractArticle(article(text, '2026-05-26'));
      checkExtraction(ex);
      const quote = ex.quotes.find((q) => q.text.includes('We will sign the agreement'));
      expect(quote, JSON.stringify(ex.quotes)).toBeDefined();
      const speaker = ex.actors.find((a) => a.id === quote?.speaker);
      expect(speaker?.name).toMatch(/Pashinyan/);
      expect(ex.dates.some((d) => d.text === 'Monday' && d.value === '2026-05-25')).toBe(true);
    }), { numRuns: 30 });
  });
});

describe('what the properties found, as a reader would meet it', () => {
  const dates = (text: string, pub: string | null) => extractArticle(article(text, pub)).dates;

  it('29 February without a year, in an article from a year that has none, is left without a year', () => {
    const [d] = dates('The interim deal lapsed on Feb. 29, officials said.', '2026-03-10');
    expect(d).toMatchObject({ text: 'Feb. 29', value: 'XXXX-02-29', from: null, to: null });
    expect(dates('The interim deal lapsed on Feb. 29, officials said.', '2024-03-10')[0]?.value).toBe('2024-02-29');
  });

  it('a clock time after "the day before" stays a time on the anchored day', () => {
    const found = dates('The talks opened on May 4, 2026. The day before at 10 a.m., the delegates arrived.', '2026-05-10');
    expect(found.find((d) => d.text.startsWith('The day before'))).toMatchObject({ type: 'TIME', value: '2026-05-03T10:00', from: '2026-05-03' });
  });

  it('a time too far back or ahead for a four-digit year keeps only its direction', () => {
    expect(dates('The settlement was founded 10,000 years ago, researchers said.', '2026-03-10')[0]).toMatchObject({ value: 'PAST_REF', from: null });
    const found = dates('The placeholder date 9999-12-31 was set, and the following week the system failed.', '2026-03-10');
    expect(found.find((d) => d.text === 'the following week')?.value).toBe('FUTURE_REF');
  });

  it('a season whose interval ends after the year 9999 has no ISO interval', () => {
    expect(dates('The contract runs until winter 9999, the filing said.', '2026-03-10').find((d) => d.value === '9999-WI')).toMatchObject({ from: null, to: null });
  });

  it('a sentence ending in "and" does not break the actor rules', () => {
    expect(() => extractArticle(article('President and', null))).not.toThrow();
  });
});
