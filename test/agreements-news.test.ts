// Agreements read through the whole pipeline, as a user sees them: the actor extractor finds the parties
// (armed groups, companies, federations, agencies as well as states), and the agreement extractor decides who is
// a party, what the status is, and which words triggered the record.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline.js';
import type { Agreement } from '../src/model.js';

interface Seen {
  trigger: string;
  parties: string[];
  status: Agreement['status'];
  date: string | null;
  record: Agreement;
}

/** The agreements of a one-article text, with parties given by actor name. */
function agreements(text: string, published = '2025-03-10'): Seen[] {
  const ex = extractArticle({ id: 't', source: 'test', title: null, byline: null, outlet: null, url: null, published, text, captions: [] });
  const name = (id: string): string => ex.actors.find((a) => a.id === id)?.name ?? id;
  for (const a of ex.agreements) expect(a.text).toBe(text.slice(a.start, a.end));
  return ex.agreements.map((a) => ({ trigger: a.trigger, parties: a.parties.map(name), status: a.status, date: a.date, record: a }));
}

function only(text: string, published?: string): Seen {
  const found = agreements(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('parties that are not states or people', () => {
  it('takes an armed movement and a coalition as the two sides of a truce', () => {
    const a = only('The Saudi-led coalition and the Houthi movement agreed to a two-month truce on Saturday.');
    expect(a.parties).toEqual(['Saudi-led coalition', 'Houthi']);
  });

  it('takes a company named with a cue word and a state in a defence contract', () => {
    const a = only('Romania signed a $3.2 billion contract with Hanwha Aerospace Systems for 54 howitzers.');
    expect(a.parties).toEqual(['Romania', 'Hanwha Aerospace Systems']);
    expect(a.trigger).toBe('signed a $3.2 billion contract');
  });

  it('takes sports bodies and foundations', () => {
    expect(only('The Wellcome Foundation signed a memorandum with the Kenyan Athletics Federation on coaching.').parties)
      .toEqual(['Wellcome Foundation', 'Kenyan Athletics Federation']);
    expect(only('The Asian Hockey Confederation said it had reached an agreement with Samsung on a sponsorship deal.').parties)
      .toEqual(['Asian Hockey Confederation', 'Samsung']);
  });

  it('takes an agency and "its counterpart" named by an acronym', () => {
    const a = only('The European Space Agency and its Indian counterpart ISRO signed an agreement on lunar exploration.');
    expect(a.parties).toEqual(['European Space Agency', 'ISRO']);
  });

  it('takes a group described in an apposition between subject and verb', () => {
    const a = only('The Colombian government and the Frente Comunero del Norte, a splinter group of the ELN, signed a peace agreement in Cúcuta.');
    expect(a.parties).toEqual(['Colombian Government', 'Frente Comunero del Norte']);
  });

  it('keeps "Sudan\'s army" whole as a party', () => {
    expect(only("Sudan's army and the Rapid Support Forces signed a humanitarian truce in Jeddah.").parties)
      .toEqual(['Sudanese Army', 'Rapid Support Forces']);
  });

  it('does not read an agreement word inside a name as an agreement', () => {
    const a = only('Fighters of the Eastern Democratic Alliance signed a ceasefire with the army.');
    expect(a.trigger).toBe('signed a ceasefire');
  });
});

describe('business deals', () => {
  it('reads "agreed to acquire" with buyer and target', () => {
    const a = only('Kestrel Motors agreed on Tuesday to acquire the battery maker Volta Cells for 1.2 billion euros.');
    expect(a).toMatchObject({ trigger: 'agreed on Tuesday to acquire', parties: ['Kestrel Motors', 'Volta Cells'], status: 'concluded' });
  });

  it('reads "will acquire" as expected and "bought" as concluded', () => {
    expect(only('Brightwater Holdings will acquire Alder Media Group in a deal valued at $900 million.'))
      .toMatchObject({ trigger: 'will acquire', parties: ['Brightwater Holdings', 'Alder Media Group'], status: 'expected' });
    expect(only('Halden Energy bought the Norwegian grid developer Fjellnett Power last year.'))
      .toMatchObject({ trigger: 'bought', parties: ['Halden Energy', 'Fjellnett Power'], status: 'concluded' });
  });

  it('reads a takeover named as a noun', () => {
    expect(only('Vireo Logistics completed its takeover of Castor Shipping on Friday.').parties).toContain('Castor Shipping');
  });

  it('ignores buying goods, shares and time', () => {
    expect(agreements('Poland bought 96 attack helicopters from Boeing last year.')).toEqual([]);
    expect(agreements('Investors bought Apple shares after the results.')).toEqual([]);
    expect(agreements('The minister bought time by asking for another week of talks.')).toEqual([]);
  });
});

describe('who is not a party', () => {
  it('leaves out mediators and hosts', () => {
    expect(only('Iran and Saudi Arabia agreed to restore diplomatic ties in talks mediated by Iraq and Oman.').parties)
      .toEqual(['Iran', 'Saudi Arabia']);
    expect(only('Israel and Hamas reached a ceasefire deal in talks hosted by Egypt and Qatar, officials said.').parties)
      .toEqual(['Israel', 'Hamas']);
  });

  it('leaves out the broker of a truce between two sides', () => {
    expect(only('Qatar brokered a truce between Israel and Hamas last week.').parties).toEqual(['Israel', 'Hamas']);
  });

  it('leaves out the proposer of a ceasefire between two others', () => {
    expect(only('France proposed a ceasefire between Israel and Hezbollah on Tuesday.'))
      .toMatchObject({ parties: ['Israel', 'Hezbollah'], status: 'proposed' });
  });

  it('makes signatories stand for their countries', () => {
    const a = only('The accord was signed by Angolan Foreign Minister Téte António and his Zambian counterpart Mulambo Haimbe in Luanda.');
    expect(a.parties).toEqual(['Angola', 'Zambia']);
  });

  it('leaves out the journalist\'s sources', () => {
    expect(only('Armenia and Azerbaijan agreed on the text of a peace treaty, Armenian Foreign Minister Ararat Mirzoyan told Reuters.').parties)
      .toEqual(['Armenia', 'Azerbaijan']);
    expect(only('The M23 and Kinshasa signed a declaration of principles in Doha, according to the Qatari foreign ministry.').parties)
      .toEqual(['M23', 'Democratic Republic of the Congo']);
  });

  it('does not take "by" + a gerund for the signatories', () => {
    const a = only('Egypt said Ethiopia had breached a 2015 agreement by filling the dam without Sudan\'s consent.');
    expect(a.parties).not.toContain('Sudan');
  });
});

describe('status', () => {
  it('is rejected for refusals, vetoes and walk-outs', () => {
    expect(only('Hungary declined to join the agreement on migration.')).toMatchObject({ status: 'rejected', trigger: 'declined to join the agreement' });
    expect(only('India would not sign the joint statement on Ukraine.').status).toBe('rejected');
    expect(only('Russia vetoed the ceasefire resolution, and China abstained.').status).toBe('rejected');
    expect(only('Ministers from Poland and Hungary blocked the migration pact on Thursday.').status).toBe('rejected');
  });

  it('is proposed for what could be signed or is being negotiated', () => {
    expect(only('A peace deal could be signed between Armenia and Azerbaijan by the end of the year.').status).toBe('proposed');
    expect(only('Britain is negotiating a free trade agreement with India.').status).toBe('proposed');
    expect(only('Ukraine offered Russia a prisoner exchange deal.')).toMatchObject({ status: 'proposed', parties: ['Ukraine', 'Russia'] });
  });

  it('is expected for what is hoped for, due or announced for later', () => {
    expect(only('Officials hoped the agreement would be signed by Brazil and Argentina in June.').status).toBe('expected');
    expect(only('Vietnam is due to sign a trade deal with Australia on Thursday.').status).toBe('expected');
  });

  it('stays concluded for a signed deal a court later suspended', () => {
    expect(only('The lithium contract signed by Serbia and Rio Tinto in 2024 was suspended by a court in Belgrade.').status).toBe('concluded');
  });
});

describe('agreements named with their year', () => {
  it('reads "the 1973 pipeline treaty" as concluded in 1973 between "the two countries"', () => {
    const text = 'Iraq has complained to Turkey for months. Baghdad said Ankara had violated the 1973 pipeline treaty between the two countries.';
    const a = only(text);
    expect(a).toMatchObject({ trigger: 'the 1973 pipeline treaty', status: 'concluded', date: '1973' });
    expect(a.parties).toEqual(['Iraq', 'Turkey']);
  });

  it('reads "under a 2019 memorandum" with the parties of the main clause', () => {
    expect(only('Under a 2019 memorandum, Egypt and Sudan share data on the Nile.'))
      .toMatchObject({ parties: ['Egypt', 'Sudan'], date: '2019', status: 'concluded' });
  });

  it('does not treat a future year as a concluded agreement', () => {
    expect(agreements('Officials are drafting the 2027 budget agreement for Kenya.', '2025-03-10')).toEqual([]);
  });
});

describe('coordination, lists and passives', () => {
  it('takes every name of a list of three', () => {
    expect(only('A transit agreement was signed between Kazakhstan, Azerbaijan and Georgia on Wednesday.').parties)
      .toEqual(['Kazakhstan', 'Azerbaijan', 'Georgia']);
  });

  it('resolves "the three countries" to the three last named', () => {
    const text = 'Leaders of Kazakhstan, Azerbaijan and Georgia met in Astana. The three countries agreed to set up a joint venture for container traffic.';
    expect(only(text).parties).toEqual(['Kazakhstan', 'Azerbaijan', 'Georgia']);
  });

  it('reads a passive "was signed by A and B"', () => {
    expect(only('The accord was signed by Colombia and the ELN in Caracas.').parties).toEqual(['Colombia', 'National Liberation Army']);
  });

  it('takes adverbials between "agreed" and its infinitive into the trigger', () => {
    expect(only('Saudi Arabia and Iran agreed in Beijing in March 2023 to restore relations.').trigger)
      .toBe('agreed in Beijing in March 2023 to restore');
  });

  it('takes "a deal with X" anywhere after the trigger', () => {
    expect(only('The Taliban agreed to stop attacks on foreign troops under a deal with the United States.').parties)
      .toEqual(['Taliban', 'United States']);
  });

  it('keeps compound agreement nouns in the trigger', () => {
    expect(only('Israel and Hamas reached a ceasefire deal overnight.').trigger).toBe('reached a ceasefire deal');
  });
});

describe('parties named elsewhere', () => {
  it('gives "They also agreed" the sides of the agreement just reported', () => {
    const found = agreements('Kazakhstan and Uzbekistan signed a water-sharing agreement on Monday. They also agreed to build a joint power plant.');
    expect(found.map((a) => a.parties)).toEqual([['Kazakhstan', 'Uzbekistan'], ['Kazakhstan', 'Uzbekistan']]);
  });

  it('takes the names of the main clause when the agreement is its subject', () => {
    const a = only('The agreement, signed in Tashkent last spring, commits Kyrgyzstan and Tajikistan to a joint border commission.');
    expect(a).toMatchObject({ parties: ['Kyrgyzstan', 'Tajikistan'], status: 'concluded' });
  });

  it('makes no record when no party is named anywhere', () => {
    expect(agreements('The agreement, signed last spring, has been welcomed by analysts.')).toEqual([]);
  });
});
