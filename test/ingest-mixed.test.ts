// A directory of 1,000 mixed files: every article stored, every bad file reported, nothing else lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles } from '../src/bench/corpus.js';
import { cli, counts, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('ingest of 1,000 mixed files', () => {
  it('stores every good article and reports every bad file by name', () => {
    const dir = join(tmp.dir, 'mixed');
    mkdirSync(join(dir, 'feeds'), { recursive: true });
    const articles = [...generateArticles(950, 3)];
    articles.forEach((a, i) => {
      const sub = join(dir, `batch-${i % 7}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, a.name), a.content);
    });
    // 10 JSONL feeds of 3 articles each.
    const feedArticles = [...generateArticles(30, 4)].filter((a) => a.format === 'json');
    for (let f = 0; f < 10; f++) {
      const lines = Array.from({ length: 3 }, (_, k) => {
        const base = JSON.parse(feedArticles[(f * 3 + k) % feedArticles.length]!.content) as Record<string, string>;
        return JSON.stringify({ ...base, headline: `${base.title} (${f}-${k})`, title: undefined });
      });
      writeFileSync(join(dir, 'feeds', `feed-${f}.jsonl`), `${lines.join('\n')}\n`);
    }
    const bad: string[] = [];
    for (let i = 0; i < 10; i++) {
      for (const [name, content] of [
        [`empty-${i}.txt`, ''],
        [`binary-${i}.txt`, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, i])],
        [`broken-${i}.json`, `{"title": "Broken ${i}", "text": "unterminated`],
      ] as const) {
        writeFileSync(join(dir, name), content);
        bad.push(name);
      }
      writeFileSync(join(dir, `notes-${i}.csv`), 'a,b\n1,2\n');
    }

    const db = join(tmp.dir, 'mixed.db');
    const r = cli('ingest', [dir, '--db', db, '--json']);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.files + summary.skipped).toBe(1000);
    expect(summary.skipped).toBe(10);
    expect(summary.failedFiles).toBe(bad.length);
    expect(summary.articles.new).toBe(950 + 30);
    expect(counts(db).articles).toBe(950 + 30);
    const errorLines = r.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(bad.length);
    for (const name of bad) expect(errorLines.some((l) => l.includes(name))).toBe(true);
  }, 180_000);
});
