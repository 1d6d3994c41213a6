// Plain text and Markdown: metadata lines (title, byline, date line, URL) come out, the body stays.
import type { Span } from '../model.js';
import type { Draft, Format } from './index.js';

const DATE_LINE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readText(source: string, raw: string, format: Format): Draft {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const meta: Pick<Draft, 'title' | 'byline' | 'url' | 'published' | 'outlet'> = {
    title: null, byline: null, url: null, published: null, outlet: null,
  };
  const kept: { text: string; caption: boolean }[] = [];
  let sawBody = false;
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i]!;
    const line = stripMarkdown(rawLine).trim();
    if (line === '') {
      kept.push({ text: '', caption: false });
      continue;
    }
    const heading = /^#{1,6}\s+/.test(rawLine.trim());
    if (!sawBody && meta.title === null && (heading || isTitleLine(line, lines.slice(i + 1)))) {
      meta.title = line;
      continue;
    }
    const by = /^By\s+(.{2,80})$/.exec(line);
    if (by && meta.byline === null && (!sawBody || isTail(lines, i))) {
      meta.byline = by[1]!.trim();
      continue;
    }
    if (!sawBody && meta.published === null && DATE_LINE.test(line)) {
      meta.published = parseDateLine(line);
      continue;
    }
    if (/^Original url:?$/i.test(line) || /^Original url:/i.test(line)) {
      const inline = /<?(https?:\/\/[^\s>]+)>?/.exec(line);
      if (inline) meta.url = inline[1]!;
      continue;
    }
    const bareUrl = /^<?(https?:\/\/[^\s>]+)>?$/.exec(line);
    if (bareUrl && (meta.url === null) && isTail(lines, i)) {
      meta.url = bareUrl[1]!;
      continue;
    }
    if (/^\**Related (article|articles|stories|story|coverage)s?:?\**:?/i.test(line)) continue;
    sawBody = true;
    // A paragraph that ends in a credit link ("... last month. [kremlin.ru](#)") is a photo caption.
    const caption = format === 'markdown' || /\[[^\]]+\]\([^)]*\)\s*$/.test(rawLine)
      ? /[.!?]\s*\[[^\]]+\]\([^)]*\)\s*$/.test(rawLine)
      : false;
    kept.push({ text: line, caption });
  }
  if (meta.url) meta.outlet = new URL(meta.url).hostname.replace(/^www\./, '');
  const { text, captions } = assemble(kept);
  return { source, ...meta, text, captions };
}

/** Joins kept lines, one blank line at most between paragraphs, recording caption spans. */
function assemble(kept: { text: string; caption: boolean }[]): { text: string; captions: Span[] } {
  let text = '';
  const captions: Span[] = [];
  let pendingBlank = false;
  for (const k of kept) {
    if (k.text === '') {
      pendingBlank = text !== '';
      continue;
    }
    if (text !== '') text += pendingBlank ? '\n\n' : '\n';
    pendingBlank = false;
    if (k.caption) captions.push({ start: text.length, end: text.length + k.text.length });
    text += k.text;
  }
  return { text, captions };
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
}

/** A first line that is short and does not read as a sentence, followed by more text. */
function isTitleLine(line: string, rest: string[]): boolean {
  return line.length <= 160 && !/[.!?"”]$/.test(line) && rest.some((l) => l.trim() !== '');
}

/** True when only blank lines, URLs or metadata follow line i. */
function isTail(lines: string[], i: number): boolean {
  return lines.slice(i + 1).every((l) => l.trim() === '' || /^<?https?:\/\//.test(l.trim()));
}

function parseDateLine(line: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(line);
  const dmy = /(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})/.exec(line);
  const [monthName, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : [];
  if (!monthName) return null;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
