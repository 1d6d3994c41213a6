import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-helpers.js';

const PUB = '2026-02-10';

describe('things that are not dates', () => {
  it.each([
    'She sat down with reporters after the vote.',
    'The new policy won 2 1/2 times as many votes as the old one.',
    'The shares closed at $2.50 a share, up 4 cents.',
    'The Sun reported that the minister may resign.',
    'May the best team win, the coach told his players.',
    'Prime Minister Theresa May met April Ryan at the White House.',
    'The company released version 2.1.2020 of its software and v3.2025 of its app.',
    'Call the hotline on 555-2019 or +1 202 555 2031 for details.',
    'The full report is at https://example.com/2024/05/01/report-2023.html and www.example.org/2019.',
    'Write to press@example.com or visit example.com/news/2026/01/15 for more.',
    'The group has 1,200 members and raised 2,025 dollars.',
    'The Arab Spring protests toppled several governments.',
    'The fall of Kabul shocked the alliance.',
    'Since then, several issues have accumulated.',
    'Temperatures rose by 2.5 degrees, and the index fell 1.3%.',
  ])('%s', (text) => {
    expect(datesIn(text, PUB).filter((d) => d.type === 'DATE')).toEqual([]);
  });

  it('reads a race time as a duration, not a clock time', () => {
    const [d, ...rest] = datesIn('Kipchoge crossed the line in 2:09:41 on a cool morning.', PUB);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ text: '2:09:41', type: 'DURATION', value: 'PT2H9M41S' });
  });

  it('ignores dates inside a URL but keeps the ones in the prose around it', () => {
    const text = 'The story (https://www.themoscowtimes.com/2026/05/26/putin-a92857) ran on May 26, 2026.';
    expect(datesIn(text, PUB).map((d) => d.text)).toEqual(['May 26, 2026']);
  });
});

describe('pathological input', () => {
  it('tags 200 KB of digits and month names in well under a second', () => {
    const parts = ['2026', 'May', '12', 'March 3,', '1991-', '12:30:45', 'in', 'the', '1990s', '3.5', 'years', 'ago'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += parts[(i * 7) % parts.length] + (i % 5 === 0 ? '' : ' ');
    const started = performance.now();
    datesIn(text, PUB);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('copes with a long run of digits and no spaces', () => {
    const text = '1'.repeat(100_000) + 'May' + '9'.repeat(100_000);
    const started = performance.now();
    expect(datesIn(text, PUB)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
