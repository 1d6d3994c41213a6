// The seed articles and the reader fixtures: the metadata each gold file records is what the reader finds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.js';

const ROOT = join(import.meta.dirname, '..');
interface Gold { file: string; format?: string; title?: string | null; byline?: string | null; published?: string | null;
  url_in_file?: string | null; outlet?: string | null; outlet_in_text?: string | null }

const golds = ['fixtures/seeds', 'fixtures/readers'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.gold.json'))
    .map((f) => JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Gold));

describe('metadata of every annotated article', () => {
  it.each(golds.map((g) => [g.file, g] as const))('%s', (_file, gold) => {
    const path = join(ROOT, gold.file);
    const [a] = readArticles(path, readFileSync(path), gold.format ? { format: gold.format } : {}).articles;
    const found: Record<string, string | null> = {};
    const expected: Record<string, string | null> = {};
    for (const [key, field] of [['title', 'title'], ['byline', 'byline'], ['published', 'published'], ['url_in_file', 'url']] as const) {
      if (gold[key] === undefined) continue;
      expected[field] = gold[key] ?? null;
      found[field] = a![field];
    }
    if (gold.url_in_file || gold.outlet_in_text) {
      expected.outlet = gold.outlet ?? null;
      found.outlet = a!.outlet;
    }
    expect(found).toEqual(expected);
  });
});

describe('seed 000', () => {
  const path = join(ROOT, 'seeds/000_d0c7060d3d802317.txt');
  const [a] = readArticles(path, readFileSync(path), { format: 'txt' }).articles;

  it('records its photo caption as a caption span, without link syntax', () => {
    expect(a!.captions.map((c) => a!.text.slice(c.start, c.end))).toEqual([
      "Vladimir Putin and Armenia's Prime Minister Nikol Pashinyan at a meeting in the Kremlin last month. kremlin.ru",
    ]);
  });

  it('drops the related-article line and the metadata lines from the body', () => {
    expect(a!.text).not.toMatch(/Related article|Original url|By AFP|May 26, 2026|\]\(#\)|\*\*/);
    expect(a!.text.endsWith('between the two countries, Ushakov said.')).toBe(true);
  });
});
