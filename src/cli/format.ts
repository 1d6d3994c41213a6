// Query output: a readable table on a terminal; JSON, JSON Lines or CSV for other tools.
import chalk from 'chalk';
import type { QueryRecord, QueryResult, RecordKind } from '../query/index.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function render(result: QueryResult, format: OutputFormat, width: number): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result.records, null, 2)}\n`;
    case 'jsonl':
      return result.records.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      return toCsv(result.records);
    case 'table':
      return toTable(result, width);
  }
}

function toCsv(records: QueryRecord[]): string {
  const columns: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].map((l) => `${l}\n`).join('');
}

const TITLES: Record<RecordKind, string> = {
  quote: 'Quotes', agreement: 'Agreements', mention: 'Mentions', date: 'Dates', actor: 'Actors', article: 'Articles',
};

function toTable(result: QueryResult, width: number): string {
  const out: string[] = [];
  const groups = new Map<RecordKind, QueryRecord[]>();
  for (const r of result.records) (groups.get(r.record) ?? groups.set(r.record, []).get(r.record)!).push(r);
  if (result.actors?.length) {
    out.push(chalk.dim(`Actor: ${result.actors.map((a) => `${a.name} (${a.kind})`).join(', ')}`), '');
  }
  for (const [kind, rows] of groups) {
    const more = result.more[kind];
    out.push(chalk.bold.underline(`${TITLES[kind]} (${rows.length}${more ? ` of ${count(rows.length + more.n, more.exact)}` : ''})`));
    for (const r of rows) out.push(...ROW[kind](r, width), '');
  }
  for (const [kind, more] of Object.entries(result.more)) {
    if (!groups.has(kind as RecordKind)) continue;
    out.push(chalk.dim(`… ${count(more.n, more.exact)} more ${TITLES[kind as RecordKind].toLowerCase()} (raise --limit to see them)`));
  }
  if (result.records.length === 0) out.push(chalk.dim('No records match.'));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** A count of matches; one that stopped at the cap is a lower bound ("10,000+"). */
const count = (n: number, exact: boolean): string => `${n.toLocaleString('en-US')}${exact ? '' : '+'}`;
const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const when = (r: QueryRecord): string => chalk.cyan(s(r.date) || s(r.published) || 'undated');
const where = (r: QueryRecord): string =>
  chalk.dim(`${s(r.title) || s(r.source)}  [${s(r.article).slice(0, 10)} ${s(r.start)}–${s(r.end)}]`);

const ROW: Record<RecordKind, (r: QueryRecord, width: number) => string[]> = {
  quote: (r, w) => [
    `  ${when(r)}  ${chalk.bold(s(r.speaker_name) || 'unattributed')} ${chalk.dim(`${s(r.kind)}${r.cue ? `, ${s(r.cue)}` : ''}`)}`,
    ...wrap(r.kind === 'direct' ? `“${s(r.text)}”` : s(r.text), w, 4),
    `    ${where(r)}`,
  ],
  agreement: (r, w) => [
    `  ${when(r)}  ${chalk.bold((r.party_names as string[] | undefined)?.join(' · ') || 'parties unknown')} ${chalk.yellow(s(r.status))} ${chalk.dim(`(${s(r.trigger)})`)}`,
    ...(r.subject ? wrap(`Subject: ${s(r.subject)}`, w, 4) : []),
    ...wrap(s(r.evidence) || s(r.text), w, 4).map((l) => chalk.italic(l)),
    `    ${where(r)}`,
  ],
  mention: (r, w) => [
    `  ${when(r)}  ${chalk.bold(s(r.text))} ${chalk.dim(`→ ${s(r.actor_name)}`)}`,
    ...wrap(s(r.evidence), w, 4).map((l) => chalk.dim(l)),
    `    ${where(r)}`,
  ],
  date: (r, w) => [
    `  ${chalk.cyan(s(r.value))} ${chalk.dim(`${s(r.type)}${r.mod ? ` ${s(r.mod)}` : ''}`)}  “${s(r.text)}”`,
    ...wrap(s(r.evidence), w, 4).map((l) => chalk.dim(l)),
    `    ${where(r)}`,
  ],
  actor: (r) => [
    `  ${chalk.bold(s(r.name))} ${chalk.dim(`${s(r.kind)}${r.role ? `, ${s(r.role)}` : ''}${r.country ? `, ${s(r.country)}` : ''}`)}`,
    `    ${s(r.mentions)} mentions in ${s(r.articles)} articles, ${s(r.quotes)} quotes, ${s(r.agreements)} agreements` +
      ((r.aliases as string[] | undefined)?.length ? chalk.dim(`; also: ${(r.aliases as string[]).join(', ')}`) : '') +
      chalk.dim(`  [${s(r.id)}]`),
    ...roleHistory(r),
  ],
  article: (r) => [
    `  ${chalk.cyan(s(r.published) || 'undated')}  ${chalk.bold(s(r.title) || '(no title)')}`,
    `    ${chalk.dim([s(r.byline), s(r.outlet), s(r.source), s(r.id)].filter(Boolean).join(' · '))}`,
  ],
};

/** An actor's roles over time, when the articles give more than one. */
function roleHistory(r: Record<string, unknown>): string[] {
  const roles = ((r.roles as { role: string | null; country: string | null; from: string | null; to: string | null }[] | undefined) ?? [])
    .filter((x) => x.role);
  if (roles.length < 2) return [];
  const span = (x: { from: string | null; to: string | null }): string => (x.from === x.to ? s(x.from) : `${s(x.from)} – ${s(x.to)}`);
  return [chalk.dim(`    roles: ${roles.map((x) => `${s(x.role)}${x.country ? ` (${s(x.country)})` : ''} ${span(x)}`).join('; ')}`)];
}

function wrap(text: string, width: number, indent: number): string[] {
  const max = Math.max(40, width - indent);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l);
}
