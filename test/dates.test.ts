import { describe, expect, it } from 'vitest';
import { DateRefSchema } from '../src/model.js';
import { dateAt, datesIn } from './dates-helpers.js';

// Tuesday 10 February 2026 is the publication date for most cases below.
const PUB = '2026-02-10';

describe('absolute dates', () => {
  it.each([
    ['The treaty was signed on May 26, 2026, in Astana.', 'May 26, 2026', '2026-05-26', 'day'],
    ['Elections were held on 26 May 2026 across the country.', '26 May 2026', '2026-05-26', 'day'],
    ['The filing is dated 2026-05-26 in the court record.', '2026-05-26', '2026-05-26', 'day'],
    ['The two leaders last met in December 2023 in Moscow.', 'December 2023', '2023-12', 'month'],
    ['The declaration was signed in 1991 by former Soviet republics.', '1991', '1991', 'year'],
    ['Relations were frozen through the 1990s.', 'the 1990s', '199', 'decade'],
    ['The border was drawn in the 19th century.', 'the 19th century', '18', 'century'],
    ['Troops were deployed in the fall of 2020.', 'the fall of 2020', '2020-FA', 'season'],
    ['Profit fell in the third quarter of 2025.', 'the third quarter of 2025', '2025-Q3', 'quarter'],
    ['The plant will be finished in the first half of 2027.', 'the first half of 2027', '2027-H1', 'half'],
    ['The company reported results for fiscal 2025.', 'fiscal 2025', '2025', 'year'],
  ])('%s', (text, surface, value, granularity) => {
    const d = dateAt(text, surface, PUB);
    expect(d.value).toBe(value);
    expect(d.type).toBe('DATE');
    expect(d.granularity).toBe(granularity);
  });

  it('fills from/to with the first and last day of the period', () => {
    expect(dateAt('Sales slumped in December 2023.', 'December 2023', PUB)).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
    expect(dateAt('Shares peaked in February 2024.', 'February 2024', PUB)).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(dateAt('The talks began in the winter of 2024.', 'the winter of 2024', PUB)).toMatchObject({ from: '2024-12-01', to: '2025-02-28' });
    expect(dateAt('Talks collapsed last week.', 'last week', PUB)).toMatchObject({ value: '2026-W06', from: '2026-02-02', to: '2026-02-08' });
  });

  it('takes the year of a bare month and day from the tense of the sentence', () => {
    expect(dateAt('On March 3, the ministry published the report.', 'March 3', '2026-04-15').value).toBe('2026-03-03');
    expect(dateAt('On March 3, the ministry published the report.', 'March 3', '2026-02-10').value).toBe('2025-03-03');
    expect(dateAt('The ministry will publish the report on March 3.', 'March 3', '2026-04-15').value).toBe('2027-03-03');
    expect(dateAt('The general was dismissed in October.', 'October', '2021-02-01').value).toBe('2020-10');
    expect(dateAt('Elections will be held in October.', 'October', '2021-02-01').value).toBe('2021-10');
  });

  it('reads a dateline date', () => {
    expect(dateAt('MOSCOW, May 9 (Reuters) - Troops paraded through Red Square.', 'May 9', '2026-05-09').value).toBe('2026-05-09');
  });
});

describe('weekdays follow the tense', () => {
  it.each([
    ['Putin will travel to Kazakhstan on Wednesday for talks.', 'Wednesday', '2026-02-11'],
    ['Putin met Tokayev on Wednesday in Astana.', 'Wednesday', '2026-02-04'],
    ['On Friday, the ministry said the talks had failed.', 'Friday', '2026-02-06'],
    ['The summit is expected to open on Friday.', 'Friday', '2026-02-13'],
    ['The vote will be held Thursday, officials said.', 'Thursday', '2026-02-12'],
    ['The minister resigned last Tuesday.', 'last Tuesday', '2026-02-03'],
    ['The ceasefire takes effect next Monday.', 'next Monday', '2026-02-16'],
  ])('%s', (text, surface, value) => {
    expect(dateAt(text, surface, PUB).value).toBe(value);
  });

  it('joins a weekday with the date after it', () => {
    expect(dateAt('The deal was signed on Wednesday, May 27, in Minsk.', 'Wednesday, May 27', '2026-05-30').value).toBe('2026-05-27');
  });
});

describe('relative to the publication date', () => {
  it.each([
    ['Prices rose last month.', 'last month', '2026-01'],
    ['Last year, the parliament passed a law.', 'Last year', '2025'],
    ['Talks resume next week.', 'next week', '2026-W08'],
    ['The envoy arrived yesterday.', 'yesterday', '2026-02-09'],
    ['The vote is today.', 'today', '2026-02-10'],
    ['The war ended three years ago.', 'three years ago', '2023'],
    ['Earlier this month, the bank cut rates.', 'Earlier this month', '2026-02'],
    ['The bridge will reopen this spring.', 'this spring', '2026-SP'],
    ['The region was calm a decade ago.', 'a decade ago', '201'],
    ['The contract runs out at the end of the year.', 'the end of the year', '2026'],
    ['Funding could dry up over the coming months.', 'the coming months', 'FUTURE_REF'],
  ])('%s', (text, surface, value) => {
    expect(dateAt(text, surface, PUB).value).toBe(value);
  });

  it('keeps a weekday partial without a publication date', () => {
    expect(dateAt('Putin met Pashinyan on Wednesday.', 'Wednesday', null).value).toBe('XXXX-WXX-3');
  });

  it('never invents a year without a publication date', () => {
    const cases: [string, string, string][] = [
      ['Pashinyan hinted on April 20 that guards would leave.', 'April 20', 'XXXX-04-20'],
      ['Pashinyan said so last month.', 'last month', 'XXXX-XX'],
      ['The fund was set up last year.', 'last year', 'XXXX'],
      ['The museum closed in March.', 'March', 'XXXX-03'],
      ['The ceasefire collapsed three years ago.', 'three years ago', 'XXXX'],
      ['Officials met yesterday.', 'yesterday', 'XXXX-XX-XX'],
    ];
    for (const [text, surface, value] of cases) {
      const d = dateAt(text, surface, null);
      expect(d.value).toBe(value);
      expect(d.from).toBeNull();
      expect(d.to).toBeNull();
    }
  });

  it('counts "the following week" from the date told just before', () => {
    const text = 'Closing arguments were heard on July 2, and the jury began deliberating the following week.';
    expect(dateAt(text, 'the following week', '2024-07-18').value).toBe('2024-W28');
    expect(dateAt('He was arrested on May 3 and charged the next day.', 'the next day', '2024-07-18').value).toBe('2024-05-04');
  });
});

describe('modifiers', () => {
  it.each([
    ['Prices fell in early December.', 'early December', '2025-12', 'START'],
    ['Talks stalled in late last June.', 'late last June', '2025-06', 'END'],
    ['The plant opened in mid-2011.', 'mid-2011', '2011', 'MID'],
    ['The agreement expires at the end of the year.', 'the end of the year', '2026', 'END'],
    ['The bank will cut jobs by the end of 2027.', 'the end of 2027', '2027', 'END'],
    ['The war began nearly a decade ago.', 'nearly a decade ago', '201', 'LESS_THAN'],
  ])('%s', (text, surface, value, mod) => {
    const d = dateAt(text, surface, PUB);
    expect(d.value).toBe(value);
    expect(d.mod).toBe(mod);
  });
});

describe('durations, sets, times and references', () => {
  it.each([
    ['He arrived for a three-day visit.', 'three-day', 'DURATION', 'P3D'],
    ['Armenia has been building ties with Brussels for years.', 'years', 'DURATION', 'PXY'],
    ['The country has been at war for decades.', 'decades', 'DURATION', 'PXDE'],
    ['Sales fell over the past three years.', 'the past three years', 'DURATION', 'P3Y'],
    ['About a week earlier, the talks collapsed.', 'About a week earlier', 'DURATION', 'P1W'],
    ['The sanctions will be lifted within 90 days.', '90 days', 'DURATION', 'P90D'],
    ['The pact covers trade over the next decade.', 'the next decade', 'DURATION', 'P10Y'],
    ['Kipchoge won in 2:09:41 in Berlin.', '2:09:41', 'DURATION', 'PT2H9M41S'],
    ['The plant was shut for two and a half years.', 'two and a half years', 'DURATION', 'P2.5Y'],
    ['The council meets every year in Vienna.', 'every year', 'SET', 'P1Y'],
    ['The fund pays out annually.', 'annually', 'SET', 'P1Y'],
    ['He runs every morning before work.', 'every morning', 'SET', 'XXXX-XX-XXTMO'],
    ['The market is open on Mondays.', 'Mondays', 'SET', 'XXXX-WXX-1'],
    ['The airline runs three flights a week to Yerevan.', 'a week', 'SET', 'P1W'],
    ['Rosatom is currently building the plant.', 'currently', 'DATE', 'PRESENT_REF'],
    ['Kazakhstan has recently taken on added importance.', 'recently', 'DATE', 'PAST_REF'],
    ['Wages were lower at the time.', 'at the time', 'DATE', 'PAST_REF'],
    ['These principles are now central to the process.', 'now', 'DATE', 'PRESENT_REF'],
  ])('%s', (text, surface, type, value) => {
    const d = dateAt(text, surface, PUB);
    expect(d.type).toBe(type);
    expect(d.value).toBe(value);
  });

  it('reads times of day and joins them with their day', () => {
    expect(dateAt('The talks resume on Friday afternoon.', 'Friday afternoon', PUB).value).toBe('2026-02-13TAF');
    expect(dateAt('Kickoff will be at 15:00 GMT Saturday in Yerevan.', '15:00 GMT Saturday', PUB)).toMatchObject({ type: 'TIME', value: '2026-02-14T15:00', from: '2026-02-14' });
    expect(dateAt('Trading was halted at 2:15 p.m. on Monday.', '2:15 p.m. on Monday', PUB).value).toBe('2026-02-09T14:15');
    expect(dateAt('Residents were told to leave last night.', 'last night', PUB).value).toBe('2026-02-09TNI');
  });

  it('does not take "since then" for a date', () => {
    expect(datesIn('Since then, several issues have accumulated.', PUB)).toEqual([]);
  });
});

describe('every record', () => {
  const text = [
    'MOSCOW, May 26 (AFP) - Putin will travel to Kazakhstan on Wednesday for a three-day visit.',
    'Last year, Yerevan passed a law. Talks began in the fall of 2020 and have dragged on for years.',
    'Ushakov said around 15 documents would be signed at 10 a.m. Thursday, three years after the 2023 summit.',
  ].join('\n\n');
  const dates = datesIn(text, '2026-05-26');

  it('finds the expressions', () => {
    expect(dates.map((d) => d.text)).toEqual([
      'May 26', 'Wednesday', 'three-day', 'Last year', 'the fall of 2020', 'years', '10 a.m. Thursday', 'three years', '2023',
    ]);
  });

  it('satisfies the record contract: exact text at its offsets, a rule and a sentence', () => {
    for (const d of dates) {
      expect(DateRefSchema.parse(d)).toEqual(d);
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.rule).not.toBe('');
    }
    expect(dates.map((d) => d.sentence)).toEqual([0, 0, 0, 1, 2, 2, 3, 3, 3]);
  });
});
