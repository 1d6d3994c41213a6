// Short cue phrases ("according to", "walked away") found inside one window of the text by its words, which the
// phrase scanner has already cut (quotes/phrases.ts): much cheaper than a regex alternation of dozens of phrases
// tried at every character of every window.
import { isSpace, WordHeads, WordTable, words } from '../quotes/phrases.js';

export interface CueHit<T> {
  start: number;
  end: number;
  value: T;
}

export class CuePhrases<T> {
  /** First word as written → the rest of each phrase starting with it, longest first. */
  private readonly byFirst = new Map<string, { rest: string[]; value: T }[]>();
  /** Cheap filters before a word is looked up: its length and first two characters. */
  private readonly lengths: boolean[] = [];
  private readonly heads = new WordHeads();
  /** The lists of `byFirst` again, looked up at a word of the text without cutting it out. */
  private readonly table = new WordTable<{ rest: string[]; value: T }[]>();

  /** A cue's first word matches in lower case or capitalised, except the words in `noCapital` ("May", "Will"). */
  constructor(entries: Iterable<[phrase: string, value: T]>, noCapital: ReadonlySet<string> = new Set()) {
    for (const [phrase, value] of entries) {
      const ws = phrase.toLowerCase().split(/\s+/u).filter(Boolean);
      if (ws.length === 0) continue;
      const first = ws[0]!;
      const forms = noCapital.has(first) ? [first] : [first, first[0]!.toUpperCase() + first.slice(1)];
      for (const form of forms) {
        this.lengths[form.length] = true;
        this.heads.add(form);
        const list = this.byFirst.get(form) ?? [];
        list.push({ rest: ws.slice(1), value });
        list.sort((a, b) => b.rest.length - a.rest.length);
        this.byFirst.set(form, list);
      }
    }
    for (const [first, list] of this.byFirst) this.table.set(first, list);
  }

  /** Every cue lying wholly inside [from, to), in text order. */
  within(text: string, from: number, to: number): CueHit<T>[] {
    const ws = words(text);
    const out: CueHit<T>[] = [];
    for (let i = firstWordAt(ws, from); i < ws.length && ws[i + 1]! <= to; i += 2) {
      const start = ws[i]!;
      const length = ws[i + 1]! - start;
      if (this.lengths[length] !== true || !this.heads.mayStart(text, start, start + length)) continue;
      const candidates = this.table.get(text, start, start + length, false);
      if (!candidates) continue;
      for (const c of candidates) {
        const end = restEnd(text, ws, i, c.rest, to);
        if (end >= 0) {
          out.push({ start: ws[i]!, end, value: c.value });
          break;
        }
      }
    }
    return out;
  }
}

/** End of the phrase whose first word is word `i` and whose other words are `rest`, or -1. */
function restEnd(text: string, ws: Int32Array, i: number, rest: string[], to: number): number {
  let k = i;
  for (const w of rest) {
    k += 2;
    if (k >= ws.length || ws[k + 1]! > to) return -1;
    // Only white space between the words of a phrase.
    for (let c = ws[k - 1]!; c < ws[k]!; c++) if (!isSpace(text.charCodeAt(c))) return -1;
    if (!sameLowerCase(text, ws[k]!, ws[k + 1]!, w)) return -1;
  }
  return ws[k + 1]!;
}

/** Whether `text.slice(start, end).toLowerCase() === lower`, without cutting the word out when it is ASCII. */
function sameLowerCase(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return text.slice(start, end).toLowerCase() === lower;
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 128) return text.slice(start, end).toLowerCase() === lower;
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Index (even) into `words(text)` of the first word starting at or after `offset`. */
export function firstWordAt(ws: Int32Array, offset: number): number {
  let lo = 0;
  let hi = ws.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid * 2]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
