// The temporal-tagger suite: news sentences with gold TIMEX3 annotations (fixtures/dates/*.jsonl), scored as in
// TempEval-3: strict span F1 (same extent), relaxed span F1 (overlapping extent) and value F1 (relaxed span and
// the same normalized value).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyse } from '../analyse/document.js';
import { extractDates } from '../extract/dates/index.js';
import type { DateRef } from '../model.js';
import type { Miss } from './articles.js';
import { add, match, zero, type Count, type Row } from './score.js';

const CaseSchema = z.object({
  published: z.string().nullable(),
  text: z.string(),
  timexes: z.array(z.object({
    text: z.string(),
    value: z.string(),
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
    /** Which occurrence of `text` is meant when it appears more than once (0-based). */
    occurrence: z.number().int().nonnegative().optional(),
  })),
});
export type DateCase = z.infer<typeof CaseSchema>;

interface Gold {
  start: number;
  end: number;
  text: string;
  value: string;
}

/** Gold spans located in the text; a gold string that does not occur is a fixture error. */
export function goldSpans(c: DateCase): Gold[] {
  return c.timexes.map((t) => {
    let at = -1;
    for (let k = 0; k <= (t.occurrence ?? 0); k++) at = wholeWordIndex(c.text, t.text, at + 1);
    if (at < 0) throw new Error(`gold "${t.text}" not found in: ${c.text}`);
    return { start: at, end: at + t.text.length, text: t.text, value: t.value };
  });
}

/** Like indexOf, but the match may not start or end inside a word ("now" is not found in "known"). */
function wholeWordIndex(text: string, sub: string, from: number): number {
  for (let at = text.indexOf(sub, from); at >= 0; at = text.indexOf(sub, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + sub.length] ?? ' ';
    if (!(/\w/.test(before) && /^\w/.test(sub)) && !(/\w/.test(after) && /\w$/.test(sub))) return at;
  }
  return -1;
}

export function readCases(root: string): { file: string; line: number; c: DateCase }[] {
  const dir = join(root, 'fixtures', 'dates');
  const out: { file: string; line: number; c: DateCase }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((raw, i) => {
      if (raw.trim()) out.push({ file: `fixtures/dates/${name}`, line: i + 1, c: CaseSchema.parse(JSON.parse(raw)) });
    });
  }
  return out;
}

const METRICS = ['dates: strict span', 'dates: relaxed span', 'dates: value'] as const;

export function scoreDates(root: string, misses: Miss[] = []): Row[] {
  const totals = new Map<string, Count>(METRICS.map((m) => [m, zero()]));
  for (const { file, line, c } of readCases(root)) {
    const doc = analyse({ id: `${file}:${line}`, source: file, title: null, byline: null, outlet: null, url: null,
      published: c.published, text: c.text, captions: [] });
    const predicted = extractDates(doc);
    const gold = goldSpans(c);
    const overlap = (g: Gold, p: DateRef): boolean => g.start < p.end && p.start < g.end;
    const same: Record<(typeof METRICS)[number], (g: Gold, p: DateRef) => boolean> = {
      'dates: strict span': (g, p) => g.start === p.start && g.end === p.end,
      'dates: relaxed span': overlap,
      'dates: value': (g, p) => overlap(g, p) && g.value === p.value,
    };
    for (const metric of METRICS) {
      const report = (kind: Miss['kind'], x: { text: string; value: string }): void => {
        misses.push({ file: `${file}:${line}`, metric, kind, what: `${x.text} = ${x.value}` });
      };
      add(totals.get(metric)!, match(gold, predicted, same[metric], (g) => report('missed', g), (p) => report('spurious', p)));
    }
  }
  return METRICS.map((metric) => ({ suite: 'dates', metric, ...totals.get(metric)! }));
}
