// Query output: a readable table on a terminal; JSON, JSON Lines or CSV for other tools.
import chalk from 'chalk';
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'];
export function render(result, format, width) {
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
function toCsv(records) {
    const columns = [];
    for (const r of records)
        for (const k of Object.keys(r))
            if (!columns.includes(k))
                columns.push(k);
    const cell = (v) => {
        const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
        return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return [columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].map((l) => `${l}\n`).join('');
}
const TITLES = {
    quote: 'Quotes', agreement: 'Agreements', mention: 'Mentions', date: 'Dates', actor: 'Actors', article: 'Articles',
};
function toTable(result, width) {
    const out = [];
    const groups = new Map();
    for (const r of result.records)
        (groups.get(r.record) ?? groups.set(r.record, []).get(r.record)).push(r);
    if (result.actors?.length) {
        out.push(chalk.dim(`Actor: ${result.actors.map((a) => `${a.name} (${a.kind})`).join(', ')}`), '');
    }
    for (const [kind, rows] of groups) {
        out.push(chalk.bold.underline(`${TITLES[kind]} (${rows.length}${result.more[kind] ? ` of ${rows.length + result.more[kind]}` : ''})`));
        for (const r of rows)
            out.push(...ROW[kind](r, width), '');
    }
    for (const [kind, n] of Object.entries(result.more)) {
        if (!groups.has(kind))
            continue;
        out.push(chalk.dim(`… ${n} more ${TITLES[kind].toLowerCase()} (raise --limit to see them)`));
    }
    if (result.records.length === 0)
        out.push(chalk.dim('No records match.'));
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
const s = (v) => (v === null || v === undefined ? '' : String(v));
const when = (r) => chalk.cyan(s(r.date) || s(r.published) || 'undated');
const where = (r) => chalk.dim(`${s(r.title) || s(r.source)}  [${s(r.article).slice(0, 10)} ${s(r.start)}–${s(r.end)}]`);
const ROW = {
    quote: (r, w) => [
        `  ${when(r)}  ${chalk.bold(s(r.speaker_name) || 'unattributed')} ${chalk.dim(`${s(r.kind)}${r.cue ? `, ${s(r.cue)}` : ''}`)}`,
        ...wrap(r.kind === 'direct' ? `“${s(r.text)}”` : s(r.text), w, 4),
        `    ${where(r)}`,
    ],
    agreement: (r, w) => [
        `  ${when(r)}  ${chalk.bold(r.party_names?.join(' · ') || 'parties unknown')} ${chalk.yellow(s(r.status))} ${chalk.dim(`(${s(r.trigger)})`)}`,
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
            (r.aliases?.length ? chalk.dim(`; also: ${r.aliases.join(', ')}`) : '') +
            chalk.dim(`  [${s(r.id)}]`),
    ],
    article: (r) => [
        `  ${chalk.cyan(s(r.published) || 'undated')}  ${chalk.bold(s(r.title) || '(no title)')}`,
        `    ${chalk.dim([s(r.byline), s(r.outlet), s(r.source), s(r.id)].filter(Boolean).join(' · '))}`,
    ],
};
function wrap(text, width, indent) {
    const max = Math.max(40, width - indent);
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > max) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => ' '.repeat(indent) + l);
}
//# sourceMappingURL=format.js.map