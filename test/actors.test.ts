// Actors: recognition and resolution inside one article, on news-style sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse/document.js';
import { extractActors, type ActorResult } from '../src/extract/actors/index.js';
import { actorAt, actorNamed, mentionsIn } from '../src/extract/actors/lookup.js';
import type { Actor } from '../src/model.js';

function run(text: string, captions: { start: number; end: number }[] = []): ActorResult & { text: string } {
  const doc = analyse({ id: 't', source: 'test', title: null, byline: null, outlet: null, url: null, published: '2025-03-10',
    text, captions });
  return { ...extractActors(doc), text };
}

function actor(r: ActorResult, name: string): Actor {
  const a = actorNamed(r, name);
  if (!a) throw new Error(`no actor ${name} among ${r.actors.map((x) => x.id).join(', ')}`);
  return a;
}

/** Surface texts of every mention of the actor named `name`. */
function said(r: ActorResult, name: string): string[] {
  const id = actor(r, name).id;
  return r.mentions.filter((m) => m.actor === id).map((m) => m.text);
}

describe('people with the titles news puts around them', () => {
  it('takes role and country from a demonym title and keeps the title out of the name', () => {
    const r = run('Kazakh President Kassym-Jomart Tokayev met Belarusian President Alexander Lukashenko in Minsk.');
    const t = actor(r, 'Kassym-Jomart Tokayev');
    expect(t).toMatchObject({ id: 'person:kassym-jomart-tokayev', kind: 'person', role: 'President', country: 'Kazakhstan' });
    expect(actor(r, 'Alexander Lukashenko').country).toBe('Belarus');
    expect(said(r, 'Kassym-Jomart Tokayev')).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('reads a country possessive and a seat of government inside the title', () => {
    const r = run("Armenia's Prime Minister Nikol Pashinyan spoke with Kremlin foreign policy adviser Yury Ushakov.");
    expect(actor(r, 'Nikol Pashinyan')).toMatchObject({ role: 'Prime Minister', country: 'Armenia' });
    expect(actor(r, 'Yury Ushakov')).toMatchObject({ role: 'Kremlin foreign policy adviser', country: 'Russia' });
  });

  it('recognises unknown names by their titles and appositions, not by a list', () => {
    const r = run('Hayk Konjoryan, a leading lawmaker from the ruling party, said the vote would go ahead. '
      + 'Finance Minister Vahe Hovhannisyan disagreed.');
    expect(actor(r, 'Hayk Konjoryan')).toMatchObject({ kind: 'person', role: 'leading lawmaker' });
    expect(actor(r, 'Vahe Hovhannisyan')).toMatchObject({ kind: 'person', role: 'Finance Minister' });
  });

  it('gets the country from "of <country>" after the name', () => {
    const r = run('President Vladimir Putin of Russia and Prime Minister Nikol Pashinyan met on Wednesday.');
    expect(actor(r, 'Vladimir Putin')).toMatchObject({ role: 'President', country: 'Russia' });
  });

  it('never guesses a country the text does not give', () => {
    const r = run('Prime Minister Nikol Pashinyan said the talks had gone well.');
    expect(actor(r, 'Nikol Pashinyan').country).toBeNull();
  });

  it('keeps honorifics out of the name and links the short form back', () => {
    const r = run('Sir Alan Duncan, a former minister, criticised the plan. Sir Alan said ministers had ignored advice.');
    const a = actor(r, 'Alan Duncan');
    expect(a.name).toBe('Alan Duncan');
    expect(said(r, 'Alan Duncan')).toEqual(['Alan Duncan', 'Alan']);
  });

  it('handles possessives, initials and name particles', () => {
    const r = run("Judge Lewis A. Kaplan rejected the motion. Kaplan's ruling was welcomed by Ursula von der Leyen.");
    expect(said(r, 'Lewis A. Kaplan')).toEqual(['Lewis A. Kaplan', 'Kaplan']);
    expect(actor(r, 'Ursula von der Leyen').kind).toBe('person');
  });

  it('does not take "President" alone for a person', () => {
    const r = run('The President said on Monday that the Prime Minister would travel to Brussels.');
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('resolution inside one article', () => {
  it('links surnames, transliteration variants and a title-only reference to the full name', () => {
    const r = run('Prime Minister Nikol Pashinyan of Armenia flew to Moscow. Pashinyan met Russian President Vladimir Putin. '
      + '"We agreed," Pashinian said. The Armenian leader later left for Yerevan.');
    expect(said(r, 'Nikol Pashinyan')).toEqual(['Nikol Pashinyan', 'Pashinyan', 'Pashinian', 'The Armenian leader']);
    expect(actor(r, 'Nikol Pashinyan').aliases).toEqual(['Pashinyan', 'Pashinian']);
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(2);
  });

  it('merges Sergei and Sergey but keeps two people who share a surname apart', () => {
    const r = run('Foreign Minister Sergei Lavrov arrived in Ankara. Sergey Lavrov said talks were useful. '
      + 'David Miliband and Ed Miliband both spoke. Miliband thanked his brother.');
    expect(said(r, 'Sergei Lavrov')).toEqual(['Sergei Lavrov', 'Sergey Lavrov']);
    const ids = r.actors.filter((a) => a.name.endsWith('Miliband')).map((a) => a.id);
    expect(ids).toEqual(['person:david-miliband', 'person:ed-miliband']);
    expect(said(r, 'Ed Miliband')).toEqual(['Ed Miliband', 'Miliband']);
  });

  it('resolves "the Kremlin spokesperson" only to a spokesperson introduced earlier', () => {
    const r = run('Kremlin spokesperson Dmitry Peskov confirmed the decision. The Kremlin spokesperson also said more talks were planned.');
    expect(said(r, 'Dmitry Peskov')).toEqual(['Dmitry Peskov', 'The Kremlin spokesperson']);
    const lone = run('The Kremlin spokesperson declined to comment.');
    expect(lone.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('links a surname in the headline to the full name in the body', () => {
    const r = run('Tokayev Vows Reform After Protests\n\nKazakh President Kassym-Jomart Tokayev promised changes on Friday.');
    expect(said(r, 'Kassym-Jomart Tokayev')).toEqual(['Tokayev', 'Kassym-Jomart Tokayev']);
    expect(r.actors.map((a) => a.name)).not.toContain('Vows Reform');
  });

  it('defines an acronym from parentheses and links later uses to the organization', () => {
    const r = run('The Caspian Shipping Company (CSC) said exports rose. CSC expects more growth next year.');
    expect(said(r, 'Caspian Shipping Company')).toEqual(['Caspian Shipping Company', 'CSC', 'CSC']);
  });
});

describe('organizations, countries and places', () => {
  it('maps demonyms, aliases and acronyms to canonical actors', () => {
    const r = run('The U.S. and Türkiye backed the UN plan, while Britain and the EU stayed silent. British officials declined to comment.');
    expect(actor(r, 'United States').aliases).toContain('U.S.');
    expect(actor(r, 'Turkey').kind).toBe('country');
    expect(actor(r, 'United Kingdom').aliases).toContain('British');
    expect(actor(r, 'United Nations').kind).toBe('organization');
    expect(actor(r, 'European Union').kind).toBe('organization');
  });

  it('tells a capital acting for its government from the city itself', () => {
    const r = run('Moscow has criticised the move. Talks were held in Moscow on Tuesday. Relations between Yerevan and Baku improved.');
    expect(said(r, 'Russia')).toEqual(['Moscow']);
    expect(said(r, 'Armenia')).toEqual(['Yerevan']);
    expect(said(r, 'Azerbaijan')).toEqual(['Baku']);
    expect(actor(r, 'Moscow').kind).toBe('place');
  });

  it('records metonyms with their referent', () => {
    const r = run('The Kremlin said Brussels had ignored its concerns, and the White House agreed.');
    expect(actor(r, 'Kremlin')).toMatchObject({ kind: 'organization', country: 'Russia' });
    expect(said(r, 'European Union')).toEqual(['Brussels']);
    expect(actor(r, 'White House')).toMatchObject({ kind: 'organization', country: 'United States' });
  });

  it('treats organizations named after places as organizations', () => {
    const r = run('Lyon Metals Group cut jobs, and Swiss insurer Zurich Re raised its forecast.');
    expect(actor(r, 'Lyon Metals Group').kind).toBe('organization');
    expect(actor(r, 'Zurich Re').kind).toBe('organization');
    expect(r.actors.find((a) => a.name === 'Lyon')).toBeUndefined();
  });

  it('classifies by cue words and type nouns', () => {
    const r = run("Russia's space agency Roscosmos leases the Baikonur Cosmodrome. The Civil Contract party won, "
      + 'and the Ministry of Foreign Affairs welcomed it, the newspaper Zhoghovurd reported.');
    expect(actor(r, 'Roscosmos').kind).toBe('organization');
    expect(actor(r, 'Baikonur Cosmodrome').kind).toBe('place');
    expect(actor(r, 'Civil Contract').kind).toBe('organization');
    expect(actor(r, 'Ministry of Foreign Affairs').kind).toBe('organization');
    expect(actor(r, 'Zhoghovurd').kind).toBe('organization');
  });

  it('does not make a country of a bare demonym the story never names', () => {
    const r = run('Danish shipping group Nordhavn agreed to buy its Dutch rival, Nordhavn said on Monday.');
    expect(r.actors.map((a) => a.id)).toEqual(['organization:nordhavn']);
  });

  it('counts a demonym in a title as a mention of its country', () => {
    const r = run('Kyrgyz President Sadyr Japarov arrived on Monday.');
    expect(said(r, 'Kyrgyzstan')).toEqual(['Kyrgyz']);
  });

  it('sees countries inside hyphenated words', () => {
    const r = run('The Russia-led bloc met near the Armenia-Azerbaijan border.');
    expect(r.actors.filter((a) => a.kind === 'country').map((a) => a.name).sort()).toEqual(['Armenia', 'Azerbaijan', 'Russia']);
  });
});

describe('organizations news names in lower case or by shape', () => {
  it('names national institutions after their country', () => {
    const r = run("The Armenian foreign ministry protested, and Russia's defence ministry said the drills would go on.");
    expect(actor(r, 'Armenian Foreign Ministry').aliases).toContain('Armenian foreign ministry');
    expect(actor(r, 'Russian Defence Ministry')).toMatchObject({ kind: 'organization', country: 'Russia' });
  });

  it('reads a portfolio after "Minister of" as part of the title', () => {
    const r = run("Azerbaijan's Minister of Digital Development and Transport, Vugar Huseynov, said cargo grew.");
    expect(actor(r, 'Vugar Huseynov')).toMatchObject({ role: 'Minister of Digital Development and Transport', country: 'Azerbaijan' });
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('takes a company named after its country, and a name listed with organizations, as organizations', () => {
    const r = run('The heads of Kazakhstan Temir Zholy and Azerbaijan Railways met. Producers such as SQM and Albemarle cut output.');
    expect(actor(r, 'Kazakhstan Temir Zholy').kind).toBe('organization');
    expect(actor(r, 'Azerbaijan Railways').kind).toBe('organization');
    expect(actor(r, 'Albemarle').kind).toBe('organization');
  });

  it('reads "The" inside a sentence as the start of a title, and an all-capitals dateline as a place', () => {
    const r = run('NAIROBI (Reuters) — The federation chief told The Athletic that he was surprised.');
    expect(actor(r, 'The Athletic').kind).toBe('organization');
    expect(actor(r, 'Nairobi').kind).toBe('place');
  });
});

describe('mentions', () => {
  it('has one mention per occurrence, captions included, with exact offsets and sentence indexes', () => {
    const text = 'Vladimir Putin and Nikol Pashinyan in the Kremlin. Photo: AFP\n\nPutin said Pashinyan had agreed.';
    const r = run(text, [{ start: 0, end: 61 }]);
    for (const m of r.mentions) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.sentence).toBeGreaterThanOrEqual(0);
    }
    expect(said(r, 'Nikol Pashinyan')).toEqual(['Nikol Pashinyan', 'Pashinyan']);
    expect(r.mentions.find((m) => m.text === 'Pashinyan')!.sentence).toBeGreaterThan(0);
  });

  it('leaves the possessive out of the span', () => {
    const r = run("There was no readout from Pashinyan's office.");
    expect(r.mentions.map((m) => m.text)).toContain('Pashinyan');
  });

  it('answers look-ups by offset and by span', () => {
    const text = 'Kremlin spokesperson Dmitry Peskov spoke to Interfax.';
    const r = run(text);
    expect(actorAt(r, text.indexOf('Peskov'))?.name).toBe('Dmitry Peskov');
    expect(actorAt(r, text.indexOf('spoke to'))).toBeNull();
    expect(mentionsIn(r, 0, text.indexOf(' spoke to')).map((m) => m.text)).toEqual(['Kremlin', 'Dmitry Peskov']);
  });
});
