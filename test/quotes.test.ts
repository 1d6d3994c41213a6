// Quotes: who said what, on news-style sentences. Actors are given by hand (the actor extractor is tested apart):
// each test names the people and organizations its sentences mention.
import { describe, expect, it } from 'vitest';
import { setup, type Who } from './extract-helpers.js';
import type { Quote } from '../src/model.js';
import { extractQuotes } from '../src/extract/quotes/index.js';


function quotes(text: string, who: Who[]): Quote[] {
  const { doc, ctx } = setup(text, who);
  return extractQuotes(doc, ctx);
}

const direct = (qs: Quote[]): Quote[] => qs.filter((q) => q.kind === 'direct');
const reported = (qs: Quote[]): Quote[] => qs.filter((q) => q.kind === 'reported');

const SCHOLZ: Who = { id: 'scholz', kind: 'person', names: ['Olaf Scholz', 'Scholz'] };
const LAVROV: Who = { id: 'lavrov', kind: 'person', names: ['Sergei Lavrov', 'Lavrov'] };
const ZELENSKY: Who = { id: 'zelensky', kind: 'person', names: ['Volodymyr Zelensky', 'Zelensky'] };
const GROSSI: Who = { id: 'grossi', kind: 'person', names: ['Rafael Grossi', 'Grossi'] };
const BLINKEN: Who = { id: 'blinken', kind: 'person', names: ['Antony Blinken', 'Blinken'] };
const WANG: Who = { id: 'wang', kind: 'person', names: ['Wang Yi', 'Wang'] };

describe('direct quotes with the cue after the quote', () => {
  it('attributes "..., X said." to X, keeping the comma inside the marks', () => {
    const [q] = quotes('"We will not accept these terms," Scholz said on Friday.', [SCHOLZ]);
    expect(q).toMatchObject({ kind: 'direct', speaker: 'scholz', text: 'We will not accept these terms,', cue: 'said' });
  });

  it('reads the inverted order "..., said X."', () => {
    const [q] = quotes('“The talks in Riyadh were constructive,” said Sergei Lavrov.', [LAVROV]);
    expect(q).toMatchObject({ kind: 'direct', speaker: 'lavrov', text: 'The talks in Riyadh were constructive,' });
  });

  it('takes a speaker who "told" an outlet', () => {
    const [q] = quotes('“Inspectors still have no access to the cooling pond,” Grossi told the Associated Press on Monday.', [GROSSI]);
    expect(q).toMatchObject({ speaker: 'grossi', cue: 'told' });
  });

  it('records where the speaker is named', () => {
    const text = '“We are not there yet,” Blinken said.';
    const [q] = quotes(text, [BLINKEN]);
    expect(text.slice(q!.speaker_start!, q!.speaker_end!)).toBe('Blinken');
  });
});

describe('direct quotes with the cue before the quote', () => {
  it('reads "X told reporters: “...”"', () => {
    const qs = direct(quotes('Macron told reporters in Paris: “Europe must be able to defend itself.”', [{ id: 'macron', kind: 'person', names: ['Emmanuel Macron', 'Macron'] }]));
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'macron', text: 'Europe must be able to defend itself.' });
  });

  it('reads a quote introduced by a colon at the end of the paragraph before', () => {
    const qs = direct(quotes('Zelensky said in his nightly address:\n\n“Every air defence system we receive saves lives.”', [ZELENSKY]));
    expect(qs[0]).toMatchObject({ speaker: 'zelensky', rule: 'quote:direct:cue-colon' });
  });

  it('gives a short partial quote inside a paraphrase to the sentence speaker', () => {
    const qs = quotes('Lavrov said the proposal was “absolutely unacceptable” to Moscow.', [LAVROV]);
    expect(direct(qs)).toMatchObject([{ speaker: 'lavrov', text: 'absolutely unacceptable' }]);
    // The reported clause keeps the quoted words inside it.
    expect(reported(qs)).toMatchObject([{ speaker: 'lavrov', text: 'the proposal was “absolutely unacceptable” to Moscow' }]);
  });
});

describe('quotes that go on', () => {
  it('splits a quote interrupted by its attribution into two records with one speaker', () => {
    const qs = direct(quotes('“We are ready to talk,” Zelensky said on Tuesday, “but only if our partners stand with us.”', [ZELENSKY]));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['We are ready to talk,', 'zelensky'],
      ['but only if our partners stand with us.', 'zelensky'],
    ]);
  });

  it('gives a follow-on quote paragraph the previous speaker', () => {
    const text = '“The first phase is complete,” Grossi said. “Inspectors have full access to the site.\n\n'
      + '“We expect the next report to be ready in June.”';
    const qs = direct(quotes(text, [GROSSI]));
    expect(qs.map((q) => q.speaker)).toEqual(['grossi', 'grossi', 'grossi']);
    expect(qs[2]!.rule).toBe('quote:direct:follow-on');
  });

  it('does not carry a speaker into a quote after a paragraph of narration', () => {
    const text = '“We stand with Kyiv,” Scholz said.\n\nThe chancellor later flew to Warsaw.\n\n“Nothing about Ukraine without Ukraine.”';
    const qs = direct(quotes(text, [SCHOLZ]));
    expect(qs.find((q) => q.text.startsWith('Nothing'))?.speaker ?? null).toBeNull();
  });
});

describe('speakers that are not names', () => {
  it('resolves "he" to the last person named as a speaker', () => {
    const text = 'Blinken met Wang Yi in Beijing on Friday. “We had candid discussions,” Blinken said. '
      + 'Wang did not comment on the meeting. He added that the talks would continue in the spring.';
    const r = reported(quotes(text, [BLINKEN, WANG]));
    expect(r).toMatchObject([{ speaker: 'blinken', text: 'the talks would continue in the spring' }]);
  });

  it('resolves "he" to a person who became the subject after the last speaker', () => {
    const text = '“The summit was useful,” Blinken said. Chinese Foreign Minister Wang Yi struck a more cautious tone. '
      + 'In a call with his counterparts, he said that Beijing expected Tokyo to act with restraint.';
    const r = reported(quotes(text, [BLINKEN, WANG]));
    expect(r).toMatchObject([{ speaker: 'wang', text: 'Beijing expected Tokyo to act with restraint' }]);
  });

  it('resolves "he" to the last person mentioned when nobody has spoken yet', () => {
    const qs = quotes('Erdogan spoke to reporters in Ankara. “Nobody can dictate terms to Turkey,” he said.',
      [{ id: 'erdogan', kind: 'person', names: ['Erdogan'] }, { id: 'turkey', kind: 'country', names: ['Turkey'] }]);
    expect(direct(qs)).toMatchObject([{ speaker: 'erdogan', cue: 'said' }]);
  });

  it('resolves a description such as "the spokesman" to the person holding that role', () => {
    const text = 'Kremlin spokesman Dmitry Peskov was asked about the talks. “No decisions have been made,” the spokesman said.';
    const qs = quotes(text, [{ id: 'peskov', kind: 'person', names: ['Dmitry Peskov', 'Peskov'], role: 'Kremlin spokesman' }]);
    expect(direct(qs)).toMatchObject([{ speaker: 'peskov' }]);
    expect(text.slice(qs[0]!.speaker_start!, qs[0]!.speaker_end!)).toBe('the spokesman');
  });

  it('lets an organization speak', () => {
    const r = reported(quotes('The Foreign Ministry on Monday announced that the ambassador had been recalled for consultations.',
      [{ id: 'mfa', kind: 'organization', names: ['The Foreign Ministry'] }]));
    expect(r).toMatchObject([{ speaker: 'mfa', cue: 'announced', text: 'the ambassador had been recalled for consultations' }]);
  });
});

describe('speakers named with their titles', () => {
  const KASONGO: Who = { id: 'kasongo', kind: 'person', names: ['Bertrand Kasongo'] };

  it('finds the name after a title that follows the quote', () => {
    const qs = quotes('“This is an important step towards peace,” EU foreign policy spokesman Markus Lindqvist wrote on X.',
      [{ id: 'lindqvist', kind: 'person', names: ['Markus Lindqvist'] }]);
    expect(qs).toMatchObject([{ kind: 'direct', speaker: 'lindqvist', cue: 'wrote' }]);
  });

  it('reads an appositive name between commas, after the quote or before the verb', () => {
    const after = quotes('“We will not lay down our weapons,” the group’s spokesman, Bertrand Kasongo, said in a video.', [KASONGO]);
    expect(after).toMatchObject([{ kind: 'direct', speaker: 'kasongo' }]);
    const before = quotes('The rebels’ spokesman, Bertrand Kasongo, said the offer was an insult.', [KASONGO]);
    expect(before).toMatchObject([{ kind: 'reported', speaker: 'kasongo', text: 'the offer was an insult' }]);
  });

  it('reads an inverted speaker with a title: "..., said the union’s leader, X."', () => {
    const qs = quotes('“The court has reminded the government that it is not above the law,” said the union’s secretary-general, Simon Kiprono.',
      [{ id: 'kiprono', kind: 'person', names: ['Simon Kiprono'] }]);
    expect(qs).toMatchObject([{ kind: 'direct', speaker: 'kiprono' }]);
  });

  it('skips a nationality between the title and the name', () => {
    const qs = quotes('“Nobody asked us,” said the association’s president, the Argentine player Martina Solís.',
      [{ id: 'solis', kind: 'person', names: ['Martina Solís'] }, { id: 'ar', kind: 'country', names: ['Argentine'] }]);
    expect(qs).toMatchObject([{ kind: 'direct', speaker: 'solis' }]);
  });

  it('resolves "the union" to the union named before', () => {
    const r = reported(quotes('The case was brought by the Dock Workers Union. The union argues that the deal threatens about 3,000 jobs.',
      [{ id: 'dwu', kind: 'organization', names: ['the Dock Workers Union'] }]));
    expect(r).toMatchObject([{ speaker: 'dwu', text: 'the deal threatens about 3,000 jobs' }]);
  });

  it('lets a court rule, after a dateline and a possessive country', () => {
    const r = reported(quotes('NAIROBI — Kenya’s High Court on Tuesday suspended the concession, ruling that the government had failed to consult the public.',
      [{ id: 'court', kind: 'organization', names: ['High Court'] }, { id: 'ke', kind: 'country', names: ['Kenya'] }]));
    expect(r).toMatchObject([{ speaker: 'court', cue: 'ruling', text: 'the government had failed to consult the public' }]);
  });

  it('prefers the person named in "the commander, who uses the name X,"', () => {
    const r = reported(quotes('The front’s commander, who uses the nom de guerre Iván Mejía, said in a video that the group would respect the truce.',
      [{ id: 'mejia', kind: 'person', names: ['Iván Mejía'] }]));
    expect(r).toMatchObject([{ speaker: 'mejia', text: 'the group would respect the truce' }]);
  });
});

describe('reported speech', () => {
  it('gives "... and said" the subject of the sentence and ends the first clause there', () => {
    const qs = quotes('Opposition lawmaker Artur Simonyan called the document “a surrender” and said his faction would vote against ratification.',
      [{ id: 'simonyan', kind: 'person', names: ['Artur Simonyan'] }]);
    expect(direct(qs)).toMatchObject([{ speaker: 'simonyan', text: 'a surrender' }]);
    expect(reported(qs)).toMatchObject([{ speaker: 'simonyan', text: 'his faction would vote against ratification' }]);
  });

  it('ends a reported clause at a second action of the speaker', () => {
    const r = reported(quotes('Habimana said Rwanda would respect every line of the document and called on Kinshasa to disarm militias.',
      [{ id: 'habimana', kind: 'person', names: ['Habimana'] }]));
    expect(r).toMatchObject([{ speaker: 'habimana', text: 'Rwanda would respect every line of the document' }]);
  });

  it('leaves the dateline out of a reported clause', () => {
    const r = reported(quotes('WARSAW, Poland — Poland signed a $6.5 billion contract on Thursday, the Defence Ministry said.',
      [{ id: 'mod', kind: 'organization', names: ['the Defence Ministry'] }, { id: 'pl', kind: 'country', names: ['Poland'] }]));
    expect(r).toMatchObject([{ speaker: 'mod', text: 'Poland signed a $6.5 billion contract on Thursday' }]);
  });

  it('gives a partial quote with no speech verb to the person the sentence is about', () => {
    const qs = quotes('Germany’s defence minister Jonas Keller called the veto “deeply regrettable”.', [{ id: 'keller', kind: 'person', names: ['Jonas Keller'] }]);
    expect(qs).toMatchObject([{ kind: 'direct', speaker: 'keller', text: 'deeply regrettable', rule: 'quote:direct:sentence-subject' }]);
  });

  const PENTAGON: Who = { id: 'pentagon', kind: 'organization', names: ['the Pentagon', 'Pentagon'] };

  it('reads "X said <clause>" without "that"', () => {
    const r = reported(quotes('Scholz said Germany would keep supplying air defence systems.', [SCHOLZ]));
    expect(r).toMatchObject([{ speaker: 'scholz', text: 'Germany would keep supplying air defence systems' }]);
  });

  it('reads "<clause>, X said." without the attribution', () => {
    const r = reported(quotes('The ceasefire will take effect at midnight, Qatari spokesman Majed al-Ansari told reporters.',
      [{ id: 'ansari', kind: 'person', names: ['Majed al-Ansari'] }]));
    expect(r).toMatchObject([{ speaker: 'ansari', text: 'The ceasefire will take effect at midnight', rule: 'quote:reported:cue-after' }]);
  });

  it('reads a leading and a trailing "according to"', () => {
    const lead = reported(quotes('According to the Pentagon, about 2,000 troops will be deployed to the region.', [PENTAGON]));
    expect(lead).toMatchObject([{ speaker: 'pentagon', cue: 'According to', text: 'about 2,000 troops will be deployed to the region' }]);
    const trail = reported(quotes('The tanker was seized in international waters, according to Maersk.', [{ id: 'maersk', kind: 'organization', names: ['Maersk'] }]));
    expect(trail).toMatchObject([{ speaker: 'maersk', text: 'The tanker was seized in international waters' }]);
  });

  it('reads "hinted for the first time that" and skips the parenthetical before the verb', () => {
    const r = reported(quotes('Meloni, in an interview with RAI, hinted for the first time that Italy could send troops.',
      [{ id: 'meloni', kind: 'person', names: ['Meloni'] }, { id: 'rai', kind: 'organization', names: ['RAI'] }]));
    expect(r).toMatchObject([{ speaker: 'meloni', cue: 'hinted', text: 'Italy could send troops' }]);
  });

  it('gives a participle clause ("..., saying ...") to the subject of the sentence', () => {
    const r = reported(quotes('Modi praised the agreement, saying it would create thousands of jobs, adding that talks would resume.',
      [{ id: 'modi', kind: 'person', names: ['Modi'] }]));
    expect(r.map((q) => [q.speaker, q.text])).toEqual([
      ['modi', 'it would create thousands of jobs'],
      ['modi', 'talks would resume'],
    ]);
  });

  it('stops a clause before a trailing attribution of the whole sentence', () => {
    const r = reported(quotes('Sunak said that the agreement would protect jobs in Northern Ireland, the BBC reported.',
      [{ id: 'sunak', kind: 'person', names: ['Sunak'] }, { id: 'bbc', kind: 'organization', names: ['the BBC'] }]));
    expect(r).toMatchObject([{ speaker: 'sunak', text: 'the agreement would protect jobs in Northern Ireland' }]);
  });

  it('does not read a verb with a plain object as reported speech', () => {
    const qs = quotes('Speaking in Brussels, Stoltenberg reaffirmed the alliance’s commitment to Ukraine.',
      [{ id: 'stoltenberg', kind: 'person', names: ['Stoltenberg'] }, { id: 'ua', kind: 'country', names: ['Ukraine'] }]);
    expect(qs).toEqual([]);
  });

  it('takes nothing from a passive without a speaker', () => {
    expect(quotes('No date for the referendum was announced, and the talks were adjourned.', [])).toEqual([]);
  });

  it('does not read reported speech inside a direct quote', () => {
    const qs = quotes('“Lavrov said that he was ready to meet,” Blinken told reporters.', [LAVROV, BLINKEN]);
    expect(reported(qs)).toEqual([]);
    expect(direct(qs)).toMatchObject([{ speaker: 'blinken' }]);
  });
});

describe('quote marks that are not quotes', () => {
  it('skips the name of a newspaper or a programme', () => {
    const qs = quotes('The newspaper “Kommersant” first reported the plan, known as “Digital Silk Road”, on Monday.', []);
    expect(qs).toEqual([]);
  });

  it('skips a slogan and a so-called term', () => {
    const qs = quotes('Supporters chanted "Make America Great Again" as officials discussed the so-called "shadow fleet".', []);
    expect(qs).toEqual([]);
  });

  it('keeps nested single quotes inside a double-quoted quote', () => {
    const [q] = quotes('“They called it ‘a historic step’, and it was,” Tusk said.', [{ id: 'tusk', kind: 'person', names: ['Tusk'] }]);
    expect(q).toMatchObject({ speaker: 'tusk', text: 'They called it ‘a historic step’, and it was,' });
  });

  it('does not mistake apostrophes for quote marks', () => {
    const qs = quotes('Armenia’s prime minister said the country’s borders were secure.', []);
    expect(direct(qs)).toEqual([]);
  });
});

describe('record contract', () => {
  it('never takes a quote from a photo caption', () => {
    const caption = 'Scholz said “we are ready” at the summit.';
    const text = `${caption}\n\nThe summit ended on Friday.`;
    const { doc, ctx } = setup(text, [SCHOLZ], [{ start: 0, end: caption.length }]);
    expect(extractQuotes(doc, ctx)).toEqual([]);
  });

  it('gives every record exact offsets into the text and a rule tag', () => {
    const text = '“We are ready,” Zelensky said, “but not at any price.”\n\nHe added that Kyiv expected new sanctions, according to Reuters.';
    const { doc, ctx } = setup(text, [ZELENSKY]);
    const qs = extractQuotes(doc, ctx);
    expect(qs.length).toBeGreaterThanOrEqual(3);
    for (const q of qs) {
      expect(q.text).toBe(doc.text.slice(q.start, q.end));
      expect(q.rule).toMatch(/^quote:/);
      expect(doc.sentences[q.sentence]!.start).toBeLessThanOrEqual(q.start);
    }
  });

  it('finishes fast on pathological input', () => {
    const text = `${'“a, "b, said, that, '.repeat(20000)} said that ${', , ,'.repeat(20000)}`;
    const { doc, ctx } = setup(text, []);
    const t0 = performance.now();
    extractQuotes(doc, ctx);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
