// Actors: what must not become an actor, and inputs that must not slow the extractor down.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse/document.js';
import { extractActors } from '../src/extract/actors/index.js';
import { actorId, slugify } from '../src/extract/actors/id.js';
import { spellingKey } from '../src/extract/actors/translit.js';

function names(text: string): string[] {
  const doc = analyse({ id: 't', source: 'test', title: null, byline: null, outlet: null, url: null, published: null, text,
    captions: [] });
  return extractActors(doc).actors.map((a) => `${a.kind}:${a.name}`);
}

describe('not actors', () => {
  it('ignores sentence-initial words, days and months', () => {
    expect(names('Speaking on Monday, officials said talks would resume in March. However, nothing was signed.')).toEqual([]);
  });

  it('does not turn title-case headline words into names', () => {
    expect(names('Oil Prices Slide as Traders Weigh Weak Demand')).toEqual([]);
  });

  it('does not take treaties, summits and prizes for actors', () => {
    expect(names('Both sides cited the Alma-Ata Declaration and the Paris Agreement before the Champions League final.'))
      .toEqual([]);
  });

  it('skips the byline and wire credits', () => {
    expect(names('By Tamilla Hasanova\n\nThe talks ended without a deal.')).toEqual([]);
    expect(names('The talks ended.\n\n(Reporting by Tom Balmforth; Editing by Alex Richardson)')).toEqual([]);
  });

  it('does not read a role noun after an article as a name', () => {
    expect(names('The Social Democrat said the budget was balanced.')).toEqual([]);
  });
});

describe('ids and spelling keys', () => {
  it('folds names to ASCII slugs', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(actorId('organization', 'Eurasian Economic Union')).toBe('organization:eurasian-economic-union');
    expect(actorId('country', 'Türkiye')).toBe('country:turkiye');
    expect(actorId('person', 'Paweł Zieliński')).toBe('person:pawel-zielinski');
    expect(actorId('person', 'Mette Kjærgaard')).toBe('person:mette-kjaergaard');
  });

  it('gives transliteration variants one key and different names different keys', () => {
    expect(spellingKey('Pashinyan')).toBe(spellingKey('Pashinian'));
    expect(spellingKey('Tokayev')).toBe(spellingKey('Tokaev'));
    expect(spellingKey('Yury')).toBe(spellingKey('Yuri'));
    expect(spellingKey('Putin')).not.toBe(spellingKey('Peskov'));
    expect(spellingKey('David')).not.toBe(spellingKey('Ed'));
  });
});

describe('speed', () => {
  it('finishes fast on pathological input (long capitalised runs, hyphen chains, dots)', () => {
    const text = [
      'Aaaa '.repeat(20_000),
      `${'A-'.repeat(20_000)}B`,
      `${'U.'.repeat(20_000)}S`,
      "O'".repeat(20_000),
    ].join('\n\n');
    const doc = analyse({ id: 't', source: 'test', title: null, byline: null, outlet: null, url: null, published: null, text,
      captions: [] });
    const t0 = performance.now();
    extractActors(doc);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
