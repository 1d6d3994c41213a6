// Agreements news reports in words the first rules missed: refused offers and bids, talks walked away from,
// joint ventures formed, loans approved, supply deals, settlements, signings and partnerships, and subjects
// that refer back ("the two blocs", "the company"). Actors are given by hand, so only agreement rules are tested.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../src/extract/agreements/index.js';
import type { Agreement } from '../src/model.js';
import { setup, type Who } from './extract-helpers.js';

const org = (name: string, ...more: string[]): Who => ({ id: name, kind: 'organization', names: [name, ...more] });
const country = (name: string, ...more: string[]): Who => ({ id: name, kind: 'country', names: [name, ...more] });
const person = (name: string, ...more: string[]): Who => ({ id: name, kind: 'person', names: [name, ...more] });

function agreements(text: string, who: Who[]): Agreement[] {
  const { doc, ctx } = setup(text, who);
  const found = extractAgreements(doc, ctx);
  for (const a of found) expect(a.text).toBe(text.slice(a.start, a.end));
  return found;
}

function only(text: string, who: Who[]): Agreement {
  const found = agreements(text, who);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('offers, bids and talks that a side refuses or puts forward', () => {
  it('reads a turned-down bid with its bidder as a rejected agreement', () => {
    const a = only('Benfica had earlier turned down a bid of 40 million euros from Chelsea for the defender.',
      [org('Benfica'), org('Chelsea')]);
    expect(a.status).toBe('rejected');
    expect(a.trigger).toBe('turned down a bid');
    expect(a.parties).toEqual(['Benfica', 'Chelsea']);
  });

  it("reads a rejected proposal named by its author's possessive", () => {
    const a = only("Hamas rejected Israel's latest proposal for a phased hostage release.", [org('Hamas'), country('Israel')]);
    expect(a.status).toBe('rejected');
    expect(a.parties.sort()).toEqual(['Hamas', 'Israel']);
  });

  it('reads walking away from talks as a rejection', () => {
    const a = only('Stora Enso walked away from talks with Fiskeby in April.', [org('Stora Enso'), org('Fiskeby')]);
    expect(a.status).toBe('rejected');
    expect(a.parties).toEqual(['Stora Enso', 'Fiskeby']);
  });

  it('reads a called-off agreement as rejected, not planned', () => {
    const a = only('The European Space Agency called off a planned launch agreement with Roscosmos.',
      [org('European Space Agency'), org('Roscosmos')]);
    expect(a.status).toBe('rejected');
    expect(a.trigger).toBe('called off a planned launch agreement');
  });

  it('takes no agreement from an offer or talks merely mentioned or negated', () => {
    expect(agreements('Siemens did not comment on the proposal, and Alstom held talks with investors.',
      [org('Siemens'), org('Alstom')])).toEqual([]);
    expect(agreements('The bank could offer cheaper mortgages to Nordea customers.', [org('Nordea')])).toEqual([]);
  });
});

describe('business deals in their usual words', () => {
  it('reads a joint venture formed by two companies', () => {
    const a = only('Hyundai Motor Group and LG Energy Solution have formed a joint venture to build battery cells.',
      [org('Hyundai Motor Group'), org('LG Energy Solution')]);
    expect(a.status).toBe('concluded');
    expect(a.parties).toEqual(['Hyundai Motor Group', 'LG Energy Solution']);
  });

  it('takes the buyer of a supply deal from "to supply ... to"', () => {
    const a = only("QatarEnergy has clinched a 27-year deal to supply liquefied natural gas to China's Sinopec.",
      [org('QatarEnergy'), country('China'), org('Sinopec')]);
    expect(a.parties).toEqual(['QatarEnergy', 'Sinopec']);
  });

  it("takes the lender from its board's approval and the borrower after the loan", () => {
    const a = only("The IMF's executive board has approved a $7 billion loan for Pakistan.",
      [org('International Monetary Fund', 'IMF'), country('Pakistan')]);
    expect(a.parties).toEqual(['International Monetary Fund', 'Pakistan']);
  });

  it('reads a settlement verb only when a dispute follows it', () => {
    const a = only('Meta settled the long-running privacy lawsuit brought by Texas for $1.4 billion.',
      [org('Meta'), country('Texas')]);
    expect(a.trigger).toBe('settled');
    expect(agreements('Meta engineers settled in London after the move.', [org('Meta')])).toEqual([]);
  });

  it('reads a player signing for a club', () => {
    const a = only('Tomas Araujo signed for Arsenal on Tuesday.', [person('Tomas Araujo'), org('Arsenal')]);
    expect(a.parties).toEqual(['Tomas Araujo', 'Arsenal']);
    expect(a.status).toBe('concluded');
  });

  it('reads partnering with another company as an agreement of both', () => {
    const a = only('Maersk partnered with Hapag-Lloyd to share vessels on Asia-Europe routes.',
      [org('Maersk'), org('Hapag-Lloyd')]);
    expect(a.parties).toEqual(['Maersk', 'Hapag-Lloyd']);
  });
});

describe('subjects that refer back', () => {
  it('resolves "the two blocs" to the sides of the agreement reported before, plus a new side', () => {
    const text = 'The European Union and Mercosur clinched a free trade agreement on Friday. '
      + 'Officials said the two blocs would also sign a separate protocol with Chile next year.';
    const [first, second] = agreements(text, [org('European Union'), org('Mercosur'), country('Chile')]);
    expect(first!.parties).toEqual(['European Union', 'Mercosur']);
    expect(second!.parties).toEqual(['European Union', 'Mercosur', 'Chile']);
    expect(second!.status).toBe('expected');
  });

  it('resolves "the agency" to the organization named just before', () => {
    const a = only('ESA director general Josef Aschbacher said the agency would not sign any agreement with Moscow.',
      [org('European Space Agency', 'ESA'), person('Josef Aschbacher'), country('Russia', 'Moscow')]);
    expect(a.parties).toEqual(['European Space Agency', 'Russia']);
    expect(a.status).toBe('rejected');
  });
});
