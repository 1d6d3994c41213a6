import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, jsonLines, ROOT, SEEDS, tempDir } from './helpers.js';
import { ExtractionSchema } from '../src/model.js';
import { openStore } from '../src/store/db.js';
import { runQuery } from '../src/query/index.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;
let texts: Map<string, string>;

beforeAll(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'seeds.db');
  expect(cli('ingest', [SEEDS, '--db', db, '--quiet']).status).toBe(0);
  const articles = jsonLines(cli('query', ['--db', db, '--type', 'article', '--format', 'jsonl']).stdout);
  texts = new Map(articles.map((a) => [a.id as string, a.text as string]));
});
afterAll(() => tmp.cleanup());

/** Every record's span, applied to its stored article text, gives back its text. */
function expectTraceable(records: Record<string, unknown>[]): void {
  for (const r of records) {
    const text = texts.get(r.article as string);
    expect(text, `article ${String(r.article)}`).toBeDefined();
    expect(text!.slice(r.start as number, r.end as number)).toBe(r.text);
  }
}

describe('query', () => {
  it('--actor Pashinyan finds his quotes, agreements and mentions in all three seeds, each traceable', () => {
    const r = cli('query', ['--db', db, '--actor', 'Pashinyan', '--format', 'json']);
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(new Set(records.map((x) => x.article)).size).toBe(3);
    expect(new Set(records.map((x) => x.record))).toEqual(new Set(['quote', 'agreement', 'mention']));
    expect(records.filter((x) => x.record === 'quote').every((q) => q.speaker_name === 'Nikol Pashinyan')).toBe(true);
    expectTraceable(records);
    for (const x of records) expect(x.evidence as string).toContain(x.text as string);
  });

  it('matches any spelling, case- and accent-insensitively, to the same actor', () => {
    const ids = ['Pashinyan', 'pashinian', 'NIKOL PASHINYAN', 'Pashinyán'].map((name) => {
      const recs = jsonLines(cli('query', ['--db', db, '--actor', name, '--type', 'actor']).stdout);
      expect(recs, name).toHaveLength(1);
      return recs[0]!.id;
    });
    expect(new Set(ids).size).toBe(1);
  });

  it('suggests close names when nothing matches', () => {
    const r = cli('query', ['--db', db, '--actor', 'Pashinyon']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no actor matches "Pashinyon"; did you mean "[^"]*Pashin/);
  });

  it('--type actor lists actors with kind, aliases, counts and their roles over time', () => {
    const dir = join(tmp.dir, 'roles');
    const own = join(tmp.dir, 'roles.db');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Talks in Yerevan\n\nMay 3, 2021\n\nForeign Minister Ararat Mirzoyan met his Georgian counterpart on Monday. Mirzoyan said the talks were useful.\n');
    writeFileSync(join(dir, 'b.txt'), 'New cabinet\n\nJune 9, 2026\n\nPrime Minister Ararat Mirzoyan chaired the cabinet on Tuesday. Mirzoyan said reforms would continue.\n');
    expect(cli('ingest', [dir, '--db', own, '--quiet']).status).toBe(0);
    const [actor] = jsonLines(cli('query', ['--db', own, '--type', 'actor', '--actor', 'Mirzoyan']).stdout);
    expect(actor).toMatchObject({ name: 'Ararat Mirzoyan', kind: 'person', mentions: 4, articles: 2 });
    expect(actor!.aliases).toContain('Mirzoyan');
    expect(actor!.roles).toEqual([
      { role: 'Foreign Minister', country: null, from: '2021-05-03', to: '2021-05-03' },
      { role: 'Prime Minister', country: null, from: '2026-06-09', to: '2026-06-09' },
    ]);
    const table = cli('query', ['--db', own, '--type', 'actor', '--format', 'table']).stdout;
    expect(table).toMatch(/roles: Foreign Minister 2021-05-03; Prime Minister 2026-06-09/);
  });

  it('pipes JSONL by default and writes CSV with a header', () => {
    const jsonl = cli('query', ['--db', db, '--type', 'article']);
    expect(jsonLines(jsonl.stdout)).toHaveLength(3);
    const csv = cli('query', ['--db', db, '--type', 'article', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe('record,id,source,title,byline,outlet,url,published,text');
  });

  it('renders a readable table when asked', () => {
    const r = cli('query', ['--db', db, '--type', 'article', '--format', 'table']);
    expect(r.stdout).toMatch(/Articles \(3\)/);
    expect(r.stdout).toMatch(/Putin to Raise Armenia's EU Ambitions/);
  });

  it('--since/--until select by date, --limit caps each type', () => {
    const may = jsonLines(cli('query', ['--db', db, '--type', 'article', '--since', '2026-05', '--until', '2026-05']).stdout);
    expect(may.map((a) => a.published)).toEqual(['2026-05-26']);
    const none = jsonLines(cli('query', ['--db', db, '--type', 'article', '--until', '2020']).stdout);
    expect(none).toHaveLength(0);
    expect(jsonLines(cli('query', ['--db', db, '--type', 'article', '--limit', '2']).stdout)).toHaveLength(2);
  });

  it('lists mentions from the latest article back, each article\'s together and in text order, with or without --actor', () => {
    const dates = new Set<unknown>();
    for (const args of [[], ['--actor', 'Pashinyan'], ['--since', '2026-01-01']]) {
      const rows = jsonLines(cli('query', ['--db', db, '--type', 'mention', ...args]).stdout);
      expect(rows.length).toBeGreaterThan(3);
      const seen = new Set<unknown>();
      rows.forEach((r, i) => {
        dates.add(r.published);
        const prev = rows[i - 1];
        if (!prev) return;
        // Articles without a date come last.
        expect(String(r.published ?? '') <= String(prev.published ?? '')).toBe(true);
        if (r.article === prev.article) expect(r.start as number).toBeGreaterThanOrEqual(prev.start as number);
        else expect(seen.has(r.article)).toBe(false);
        seen.add(prev.article);
      });
    }
    expect(dates.size).toBeGreaterThan(1);
  });

  it('says how many more records a --limit held back, counting up to a cap on large archives', () => {
    const all = jsonLines(cli('query', ['--db', db, '--type', 'mention']).stdout).length;
    expect(all).toBeGreaterThan(12);
    const table = cli('query', ['--db', db, '--type', 'mention', '--limit', '2', '--format', 'table']).stdout;
    expect(table).toContain(`Mentions (2 of ${all})`);
    expect(table).toContain(`… ${all - 2} more mentions (raise --limit to see them)`);
    const store = openStore(db);
    try {
      expect(runQuery(store, { types: ['mention'], limit: 2 }).more).toEqual({ mention: { n: all - 2, exact: true } });
      expect(runQuery(store, { types: ['mention'], limit: 2 }, 10).more).toEqual({ mention: { n: 8, exact: false } });
      // A limit above the cap still counts past the limit: "1+ more", never a negative count.
      expect(runQuery(store, { types: ['mention'], limit: 12 }, 10).more).toEqual({ mention: { n: 1, exact: false } });
    } finally {
      store.close();
    }
  });

  it('--text searches the full text, and reports a malformed search clearly', () => {
    const hits = jsonLines(cli('query', ['--db', db, '--type', 'article', '--text', 'Zvartnots']).stdout);
    expect(hits).toHaveLength(1);
    const bad = cli('query', ['--db', db, '--text', '"unbalanced']);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--text: not a valid full-text query/);
  });

  it('treats query input as data, never as SQL', () => {
    const r = cli('query', ['--db', db, '--actor', "x' OR 1=1 --", '--type', 'actor']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('--article narrows to one article by id prefix', () => {
    const [id] = [...texts.keys()];
    const recs = jsonLines(cli('query', ['--db', db, '--article', id!.slice(0, 6), '--type', 'article']).stdout);
    expect(recs.map((a) => a.id)).toEqual([id]);
  });
});

describe('extract', () => {
  it('prints one JSON object per article that satisfies the contract, spans exact', () => {
    const r = cli('extract', [join(SEEDS, '001_57beb543db8a9ec5.txt')]);
    expect(r.status).toBe(0);
    const [line, ...rest] = jsonLines(r.stdout);
    expect(rest).toHaveLength(0);
    const ex = ExtractionSchema.parse(line);
    for (const list of [ex.mentions, ex.dates, ex.quotes, ex.agreements, ex.events]) {
      for (const rec of list) expect(ex.article.text.slice(rec.start, rec.end)).toBe(rec.text);
    }
    const ids = new Set(ex.actors.map((a) => a.id));
    for (const m of ex.mentions) expect(ids.has(m.actor)).toBe(true);
  });

  it('reads stdin and applies --published', () => {
    const r = cli('extract', ['-', '--published', '2026-05-26'], { input: 'Putin will travel to Kazakhstan on Wednesday.' });
    const [ex] = jsonLines(r.stdout);
    expect((ex!.article as { published: string }).published).toBe('2026-05-26');
  });

  it('survives its reader closing the pipe early (| head -c 300)', () => {
    const big = join(tmp.dir, 'many.jsonl');
    writeFileSync(big, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ title: `Story ${i}`, text: `Minister ${i} said talks went well.` })).join('\n'));
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node bin/extract.js '${big}' | head -c 300`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toHaveLength(300);
    expect(r.stdout.startsWith('{"article":')).toBe(true);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('help and version', () => {
  for (const command of ['ingest', 'query', 'extract'] as const) {
    it(`${command} has --help with text for every option, and --version`, () => {
      const help = cli(command, ['--help']);
      expect(help.status).toBe(0);
      for (const line of help.stdout.split('\n').filter((l) => /^\s+-/.test(l))) {
        expect(line.replace(/^\s+(-\S+,?\s*)+(<[^>]+>\s*)?/, '').trim(), line).not.toBe('');
      }
      expect(cli(command, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });
  }
});
