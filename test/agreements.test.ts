// Agreements: who agreed what with whom, on news-style sentences. Actors are given by hand (the actor extractor
// is tested apart): each test names the actors its sentences mention.
import { describe, expect, it } from 'vitest';
import { setup as setupWith } from './extract-helpers.js';
import type { Actor, Agreement } from '../src/model.js';
import { extractAgreements } from '../src/extract/agreements/index.js';

type Who = [id: string, kind: Actor['kind'], ...names: string[]];

const setup = (text: string, who: Who[], captions: { start: number; end: number }[] = []) =>
  setupWith(text, who.map(([id, kind, ...names]) => ({ id, kind, names })), captions);


function agreements(text: string, who: Who[]): Agreement[] {
  const { doc, ctx } = setup(text, who);
  return extractAgreements(doc, ctx);
}

const ARMENIA: Who = ['am', 'country', 'Armenia'];
const AZERBAIJAN: Who = ['az', 'country', 'Azerbaijan'];

describe('concluded agreements', () => {
  it('reads "X and Y signed a treaty"', () => {
    const [a] = agreements('Armenia and Azerbaijan signed a peace treaty in Washington on Friday.', [ARMENIA, AZERBAIJAN]);
    expect(a).toMatchObject({ trigger: 'signed a peace treaty', parties: ['am', 'az'], status: 'concluded', subject: 'a peace treaty' });
  });

  it('reads "X and Y agreed that ..." and drops "of <country>" after a person', () => {
    const [a] = agreements('President Emmanuel Macron of France and Chancellor Olaf Scholz agreed that Europe would fund joint arms production.',
      [['macron', 'person', 'Emmanuel Macron'], ['scholz', 'person', 'Olaf Scholz'], ['fr', 'country', 'France']]);
    expect(a).toMatchObject({ parties: ['macron', 'scholz'], status: 'concluded', subject: 'Europe would fund joint arms production' });
  });

  it('reads "reached a deal" with the negotiators\' sides as parties', () => {
    const [a] = agreements('Negotiators from Israel and Hamas reached a deal overnight on the release of hostages.',
      [['il', 'country', 'Israel'], ['hamas', 'organization', 'Hamas']]);
    expect(a).toMatchObject({ trigger: 'reached a deal', parties: ['il', 'hamas'], status: 'concluded' });
  });

  it('reads "signed ... with Y" as two parties', () => {
    const [a] = agreements('Poland signed a defence contract with South Korea worth $6 billion.', [['pl', 'country', 'Poland'], ['kr', 'country', 'South Korea']]);
    expect(a).toMatchObject({ parties: ['pl', 'kr'], subject: 'a defence contract' });
  });

  it('reads a passive "was signed between X and Y"', () => {
    const [a] = agreements('A memorandum on energy cooperation was signed between Kazakhstan and Uzbekistan.',
      [['kz', 'country', 'Kazakhstan'], ['uz', 'country', 'Uzbekistan']]);
    expect(a).toMatchObject({ trigger: 'was signed', parties: ['kz', 'uz'], status: 'concluded', subject: 'A memorandum on energy cooperation' });
  });

  it('reads ties upgraded to a strategic partnership', () => {
    const [a] = agreements('China and Vietnam upgraded their ties to a comprehensive strategic partnership during the visit.',
      [['cn', 'country', 'China'], ['vn', 'country', 'Vietnam']]);
    expect(a).toMatchObject({ parties: ['cn', 'vn'], status: 'concluded', subject: 'comprehensive strategic partnership' });
    expect(a!.trigger).toBe('upgraded their ties to a comprehensive strategic partnership');
  });

  it('takes the agreement named before its verb into the trigger', () => {
    const [a] = agreements('The talks follow a memorandum signed in March by Norway and the European Union.',
      [['no', 'country', 'Norway'], ['eu', 'organization', 'the European Union']]);
    expect(a).toMatchObject({ trigger: 'a memorandum signed', parties: ['no', 'eu'], status: 'concluded' });
  });

  it('takes the infinitive of "agreed to" into the trigger', () => {
    const [a] = agreements('Germany and France agreed on Monday to set up a joint tank programme.', [['de', 'country', 'Germany'], ['fr', 'country', 'France']]);
    expect(a).toMatchObject({ trigger: 'agreed on Monday to set up', parties: ['de', 'fr'] });
  });

  it('reads "Signed in <year> by ... — including X and Y —" as signed by X and Y', () => {
    const [a] = agreements('Signed in 1975 by 35 states — including France and Spain — the Helsinki Accords set the rules for borders in Europe.',
      [['fr', 'country', 'France'], ['es', 'country', 'Spain']]);
    expect(a).toMatchObject({ trigger: 'Signed', parties: ['fr', 'es'], status: 'concluded' });
  });
});

describe('parties acting for an institution', () => {
  it('makes the country or agency of a named official the party', () => {
    const [a] = agreements('Chilean Mining Minister Carolina Fuentes and Argentine Economy Minister Ricardo Lanús signed the memorandum in Santiago.',
      [['cl', 'country', 'Chilean'], ['ar', 'country', 'Argentine'], ['fuentes', 'person', 'Carolina Fuentes'], ['lanus', 'person', 'Ricardo Lanús']]);
    expect(a).toMatchObject({ parties: ['cl', 'ar'], trigger: 'signed the memorandum' });
  });

  it('keeps people who sign for themselves', () => {
    const [a] = agreements('Vladimir Putin and Nikol Pashinyan agreed that the border guards would leave.',
      [['putin', 'person', 'Vladimir Putin'], ['pashinyan', 'person', 'Nikol Pashinyan']]);
    expect(a).toMatchObject({ parties: ['putin', 'pashinyan'] });
  });
});

describe('status', () => {
  it('is expected for "are expected to be signed" and resolves "the two countries"', () => {
    const text = 'India’s trade minister visited the United Kingdom on Monday. '
      + 'A free trade agreement is expected to be signed between the two countries next month.';
    const [a] = agreements(text, [['in', 'country', 'India'], ['uk', 'country', 'the United Kingdom']]);
    expect(a).toMatchObject({ trigger: 'is expected to be signed', parties: ['in', 'uk'], status: 'expected' });
  });

  it('is expected for "will sign"', () => {
    const [a] = agreements('Japan will sign the accord with the Philippines in Manila.', [['jp', 'country', 'Japan'], ['ph', 'country', 'the Philippines']]);
    expect(a).toMatchObject({ trigger: 'will sign the accord', parties: ['jp', 'ph'], status: 'expected' });
  });

  it('is proposed for an offered truce', () => {
    const [a] = agreements('Qatar offered a new truce to the warring parties on Sunday.', [['qa', 'country', 'Qatar']]);
    expect(a).toMatchObject({ parties: ['qa'], status: 'proposed', trigger: 'offered a new truce' });
  });

  it('is rejected for a rejected deal, a walk-out and a refusal', () => {
    expect(agreements('Iran rejected the nuclear deal on Tuesday.', [['ir', 'country', 'Iran']])[0])
      .toMatchObject({ parties: ['ir'], status: 'rejected' });
    expect(agreements('Hungary walked away from the agreement after weeks of talks.', [['hu', 'country', 'Hungary']])[0])
      .toMatchObject({ parties: ['hu'], status: 'rejected' });
    expect(agreements('Serbia did not sign the declaration at the summit.', [['rs', 'country', 'Serbia']])[0])
      .toMatchObject({ parties: ['rs'], status: 'rejected', trigger: 'did not sign the declaration' });
  });

  it('is rejected when no agreement was reached', () => {
    const [a] = agreements('No agreement was reached between Kyiv and Moscow.', [['ua', 'country', 'Kyiv'], ['ru', 'country', 'Moscow']]);
    expect(a).toMatchObject({ parties: ['ua', 'ru'], status: 'rejected' });
  });
});

describe('what is not an agreement', () => {
  it('needs at least one party', () => {
    expect(agreements('A deal was signed last year after long talks.', [])).toEqual([]);
  });

  it('ignores agreements merely mentioned', () => {
    expect(agreements('Armenia accuses Azerbaijan of violating various agreements and treaties.', [ARMENIA, AZERBAIJAN])).toEqual([]);
  });

  it('ignores signing a decree or a law', () => {
    expect(agreements('Putin signed a decree on Monday raising the retirement age.', [['putin', 'person', 'Putin']])).toEqual([]);
  });

  it('ignores "a sign of" and "concluded that"', () => {
    const text = 'The border is a sign of peace between Armenia and Azerbaijan. Pashinyan concluded that the treaty talks had stalled.';
    expect(agreements(text, [ARMENIA, AZERBAIJAN, ['pash', 'person', 'Pashinyan']])).toEqual([]);
  });

  it('takes nothing from a photo caption', () => {
    const caption = 'Armenia and Azerbaijan signed a peace treaty in Washington.';
    const text = `${caption}\n\nThe leaders met again in May.`;
    const { doc, ctx } = setup(text, [ARMENIA, AZERBAIJAN], [{ start: 0, end: caption.length }]);
    expect(extractAgreements(doc, ctx)).toEqual([]);
  });
});

describe('record contract', () => {
  it('records the evidence sentence with exact offsets, its index and a rule tag', () => {
    const text = 'Talks ended on Friday. Armenia and Azerbaijan agreed to reopen transport links.';
    const { doc, ctx } = setup(text, [ARMENIA, AZERBAIJAN]);
    const [a] = extractAgreements(doc, ctx);
    expect(a).toMatchObject({ sentence: 1, text: 'Armenia and Azerbaijan agreed to reopen transport links.', subject: 'reopen transport links' });
    expect(a!.text).toBe(doc.text.slice(a!.start, a!.end));
    expect(a!.rule).toMatch(/^agreement:/);
  });

  it('finishes fast on pathological input', () => {
    const text = `Armenia ${'signed and agreed, between , , '.repeat(20000)} deal.`;
    const { doc, ctx } = setup(text, [ARMENIA]);
    const t0 = performance.now();
    extractAgreements(doc, ctx);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
