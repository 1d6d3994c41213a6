// `npm run eval`: precision / recall / F1 per record type over every annotated fixture.
// Flags: --verbose lists each miss and spurious record; --json prints the rows as JSON.
import { fileURLToPath } from 'node:url';
import { scoreArticles, type Miss } from './articles.js';
import { scoreActors } from './actors.js';
import { scoreDates } from './dates.js';
import { prf, type Row } from './score.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every suite: each returns rows of counts. Add a suite here when a record type gets its own fixture set. */
const SUITES: ((root: string, misses: Miss[]) => Row[])[] = [scoreArticles, scoreDates, scoreActors];

function main(argv: string[]): void {
  const misses: Miss[] = [];
  const rows = SUITES.flatMap((suite) => suite(ROOT, misses));
  if (argv.includes('--json')) {
    console.log(JSON.stringify(rows.map((r) => ({ ...r, ...prf(r) })), null, 2));
    return;
  }
  if (argv.includes('--verbose')) {
    for (const m of misses) console.log(`${m.kind.padEnd(8)} ${m.metric.padEnd(28)} ${m.file}: ${m.what}`);
    console.log();
  }
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
  const w = Math.max(10, ...rows.map((r) => r.suite.length));
  console.log(`${'suite'.padEnd(w)} ${'metric'.padEnd(30)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`);
  for (const r of rows) {
    const { p, r: rec, f } = prf(r);
    console.log(`${r.suite.padEnd(w)} ${r.metric.padEnd(30)} ${pct(p)} ${pct(rec)} ${pct(f)}   ${r.tp}/${r.fp}/${r.fn}`);
  }
}

main(process.argv.slice(2));
