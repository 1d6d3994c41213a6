// `npm run bench`: ingest throughput, per-stage time, memory, database size, scaling from 1 to N jobs,
// re-ingest speed, `query --actor` latency, and the reference pipeline (compromise + compromise-dates) on the same
// text. Prints a table and writes bench-out/bench.json.
//   npm run bench -- --mb 50 --jobs 2 --seed 42
//   npm run bench -- --query-db FILE     (query latencies only, on an existing database of any size)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/db.js';
import { runQuery } from '../query/index.js';
import { generateArticles, writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'bench-out');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface IngestRun {
  seconds: number;
  bytes: number;
  articles: { new: number; unchanged: number; failed: number };
  stages: Record<string, number>;
  peak_rss_mb: number;
  /** CPU time of the whole process, all threads (V8's own helper threads too). */
  cpu_seconds: number;
  jobs: number;
}

/** With `inProcess`, one thread does everything (no worker, no time bound): the single-core baseline. */
function ingest(corpus: string, db: string, jobs: number, inProcess = false): IngestRun {
  const args = [join(ROOT, 'bin/ingest.js'), corpus, '--db', db, '--jobs', String(jobs), '--json', ...(inProcess ? ['--timeout', '0'] : [])];
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as IngestRun;
}

/** The corpus for a size and seed is generated once and reused. */
function corpus(mb: number, seed: number): { dir: string; bytes: number; articles: number } {
  const sample = [...generateArticles(200, seed)];
  const perArticle = sample.reduce((n, a) => n + Buffer.byteLength(a.content), 0) / sample.length;
  const articles = Math.ceil((mb * 1e6 * 1.03) / perArticle);
  const dir = join(OUT, `corpus-${mb}mb-${seed}`);
  const stamp = join(dir, 'corpus.json');
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8')) as { dir: string; bytes: number; articles: number };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bytes = writeCorpus(join(dir, 'articles'), articles, seed);
  const info = { dir: join(dir, 'articles'), bytes, articles };
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}

async function reference(text: string): Promise<number> {
  const { default: nlp } = await import('compromise');
  const { default: dates } = await import('compromise-dates');
  const withDates = nlp.extend(dates);
  const t0 = performance.now();
  for (const chunk of text.split('\n\n')) {
    const doc = withDates(chunk);
    doc.people().json();
    doc.organizations().json();
    doc.places().json();
    (doc as unknown as { dates: () => { json: () => unknown } }).dates().json();
  }
  return (performance.now() - t0) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Latency {
  articles: number;
  actors: number;
  median: number;
  max: number;
  surname_median: number;
  surname_max: number;
  actor_list: number;
}

/**
 * `query --actor` (20 records per type, as in a terminal) for the ten most-mentioned people, five times each, by
 * full name and by surname alone; the generated corpus gives each surname to dozens of invented people, so a
 * surname query there gathers far more records than one in real news. Also `query --type actor`.
 */
function queryLatency(path: string): Latency {
  const db = openStore(path, { readonly: true });
  const names = (db.prepare("SELECT name FROM actors WHERE kind = 'person' ORDER BY mentions DESC LIMIT 10").all() as { name: string }[]).map((r) => r.name);
  const time = (run: () => unknown): number => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const full: number[] = [];
  const surname: number[] = [];
  for (const name of names.length ? names : ['nobody']) {
    for (let i = 0; i < 5; i++) {
      full.push(time(() => runQuery(db, { actor: name, limit: 20 })));
      surname.push(time(() => runQuery(db, { actor: name.split(' ').pop()!, limit: 20 })));
    }
  }
  const list = [0, 1, 2, 3, 4].map(() => time(() => runQuery(db, { types: ['actor'], limit: 20 })));
  const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  db.close();
  return { articles, actors: names.length, median: median(full), max: Math.max(...full), surname_median: median(surname),
    surname_max: Math.max(...surname), actor_list: median(list) };
}

function describeLatency(l: Latency): string {
  const f = (x: number): string => x.toFixed(1);
  return `on ${l.articles} articles: full name median ${f(l.median)} ms, max ${f(l.max)} ms; surname only median ` +
    `${f(l.surname_median)} ms, max ${f(l.surname_max)} ms (${l.actors} actors x 5); --type actor ${f(l.actor_list)} ms`;
}

async function main(): Promise<void> {
  // `--query-db FILE`: only the query latencies, on an existing database of any size.
  const queryDb = process.argv.indexOf('--query-db');
  if (queryDb >= 0) {
    console.log(`query --actor  ${describeLatency(queryLatency(process.argv[queryDb + 1]!))}`);
    return;
  }
  const mb = arg('mb', 50);
  const seed = arg('seed', 42);
  const jobs = arg('jobs', availableParallelism());
  const refMb = arg('reference-mb', 1);
  mkdirSync(OUT, { recursive: true });

  console.error(`corpus: ${mb} MB, seed ${seed} ...`);
  const c = corpus(mb, seed);
  const dbN = join(OUT, `bench-j${jobs}.db`);
  const db1 = join(OUT, 'bench-j1.db');
  for (const f of [dbN, db1]) for (const ext of ['', '-wal', '-shm']) rmSync(f + ext, { force: true });

  console.error(`ingest --jobs ${jobs} ...`);
  const full = ingest(c.dir, dbN, jobs);
  console.error('re-ingest (unchanged) ...');
  const again = ingest(c.dir, dbN, jobs);
  let single: IngestRun | null = null;
  if (jobs > 1) {
    console.error('ingest --jobs 1 --timeout 0 (one thread) ...');
    single = ingest(c.dir, db1, 1, true);
  }

  console.error('query --actor latency ...');
  const latency = queryLatency(dbN);
  const dbBytes = statSync(dbN).size + (existsSync(`${dbN}-wal`) ? statSync(`${dbN}-wal`).size : 0);

  // Storing gets dearer as the database grows (index pages no longer in cache, every commit checkpoints): the same
  // new articles, added to an empty database and to the one just built.
  const extra = corpus(Math.max(1, Math.round(mb / 10)), seed + 1);
  console.error(`adding ${extra.articles} new articles to an empty and to the full database ...`);
  const dbAdd = join(OUT, 'bench-add.db');
  for (const ext of ['', '-wal', '-shm']) rmSync(dbAdd + ext, { force: true });
  const intoEmpty = ingest(extra.dir, dbAdd, jobs);
  const intoFull = ingest(extra.dir, dbN, jobs);

  console.error(`reference pipeline (compromise + compromise-dates) on ${refMb} MB of the same text ...`);
  let sample = '';
  for (const a of generateArticles(c.articles, seed)) {
    sample += `${a.content}\n\n`;
    if (sample.length >= refMb * 1e6) break;
  }
  const refSeconds = await reference(sample);
  const refMbps = sample.length / 1e6 / refSeconds;

  const mbps = c.bytes / 1e6 / full.seconds;
  const perCore = mbps / jobs;
  const singleMbps = single ? c.bytes / 1e6 / single.seconds : null;
  const storeMs = (run: IngestRun): number => (run.stages.store! * 1000) / extra.articles;
  const figures = {
    corpus: { mb: c.bytes / 1e6, articles: c.articles, seed },
    jobs,
    ingest: {
      seconds: full.seconds, mb_per_s: mbps, mb_per_s_per_core: perCore, articles_per_s: c.articles / full.seconds,
      stages_thread_seconds: full.stages, cpu_seconds: full.cpu_seconds, peak_rss_mb: full.peak_rss_mb, failed: full.articles.failed,
    },
    jobs1: single && { seconds: single.seconds, mb_per_s: singleMbps, cpu_seconds: single.cpu_seconds, peak_rss_mb: single.peak_rss_mb },
    scaling: single ? single.seconds / full.seconds : null,
    reingest: { seconds: again.seconds, speedup: full.seconds / again.seconds, unchanged: again.articles.unchanged },
    database: { mb: dbBytes / 1e6, kb_per_article: dbBytes / 1024 / c.articles },
    query_actor_ms: latency,
    growth: {
      articles: extra.articles,
      empty: { seconds: intoEmpty.seconds, store_ms_per_article: storeMs(intoEmpty) },
      full: { seconds: intoFull.seconds, store_ms_per_article: storeMs(intoFull), existing_articles: c.articles },
    },
    reference: { mb: sample.length / 1e6, seconds: refSeconds, mb_per_s: refMbps, ratio_per_core: perCore / refMbps },
  };
  writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);

  const f = (x: number | null | undefined, d = 2): string => (x === null || x === undefined ? '-' : x.toFixed(d));
  const rows: [string, string][] = [
    ['corpus', `${f(figures.corpus.mb, 1)} MB, ${c.articles} articles (seed ${seed})`],
    [`ingest, ${jobs} jobs`, `${f(full.seconds, 1)} s = ${f(mbps)} MB/s (${f(perCore)} MB/s per core), ${f(c.articles / full.seconds, 0)} articles/s`],
    // Stage times are measured inside each thread and summed: they include time a thread waited for a core.
    ['stages (thread s)', Object.entries(full.stages).map(([k, v]) => `${k} ${f(v, 1)}`).join(', ')],
    ['CPU, all threads', `${f(full.cpu_seconds, 1)} s = ${f(full.cpu_seconds / full.seconds)} cores busy on average` +
      (single ? ` (one thread: ${f(single.cpu_seconds, 1)} s)` : '')],
    ['peak RSS', `${full.peak_rss_mb} MB (jobs 1: ${single?.peak_rss_mb ?? '-'} MB)`],
    ['ingest, one thread', single ? `${f(single.seconds, 1)} s = ${f(singleMbps)} MB/s` : '-'],
    ['scaling 1 thread → N jobs', single ? `${f(figures.scaling)}x` : '-'],
    ['re-ingest unchanged', `${f(again.seconds, 2)} s, ${f(figures.reingest.speedup, 1)}x faster`],
    ['database', `${f(figures.database.mb, 1)} MB, ${f(figures.database.kb_per_article, 1)} KB per article`],
    ['query --actor', describeLatency(latency)],
    ['adding to a large database', `${extra.articles} new articles: into an empty database ${f(intoEmpty.seconds, 1)} s ` +
      `(store ${f(storeMs(intoEmpty))} ms/article), into the ${c.articles}-article one ${f(intoFull.seconds, 1)} s ` +
      `(store ${f(storeMs(intoFull))} ms/article)`],
    ['reference (compromise+dates)', `${f(refMbps, 3)} MB/s on ${f(sample.length / 1e6, 1)} MB; Stringer per core is ${f(figures.reference.ratio_per_core, 1)}x`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log(`\nfigures written to ${join(OUT, 'bench.json')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
