// Calendar-date parsers: ISO and numeric dates, month names with or without day and year, holidays, decades,
// centuries, seasons, quarters and bare years.
import { daysInMonth, isValid, seasonOf, type Day } from './calendar.js';
import {
  capital, end, leading, startingWith, modFromWord, monthDay, monthNumber, monthOnly, pad, parser, PERIOD_LEAD, SEASON_LEAD,
  seasonPeriod, yearOf, type Parser,
} from './parse-kit.js';
import { pickYear } from './resolve.js';
import { DIGIT } from './starts.js';
import { key, ordinalValue, words } from './words.js';

export function calendarParsers(): Parser[] {
  const w = words().re;
  // A bare month name ("May", "March") is a month after one of these words, not a verb or part of a name.
  const monthCue = new RegExp(`\\b(?:${w.monthCue})[\\s-]+$`, 'i');
  const M = `(${w.month})`;
  const starts = words().starts;
  return [
    parser('iso-date', String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b`, (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValid(y, mo, d)) return null;
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4] ? { type: 'TIME', value: `${day}T${m[4]}:${m[5]}` } : { type: 'DATE', value: day };
    }),

    parser('numeric-date', String.raw`(?<![\d.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b`, (m, ctx) => {
      const a = Number(m[1]), b = Number(m[3]), y = Number(m[4]);
      if (/\b(?:version|ver|v)\.?\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 9), m.index))) return null;
      if (/^[.]\d/.test(ctx.text.slice(end(m), end(m) + 2))) return null;
      // Dotted dates are day-first; slashed ones month-first unless the first number cannot be a month.
      const [mo, d] = m[2] === '.' || a > 12 ? [b, a] : [a, b];
      return isValid(y, mo, d) ? { type: 'DATE', value: `${y}-${pad(mo)}-${pad(d)}` } : null;
    }),

    startingWith([starts.month], parser('month-day-year', String.raw`\b${M}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:\d|[.,]\d)(?:,?\s+(\d{4})\b)?`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const month = monthNumber(m[1]!), day = Number(m[2]);
      if (m[3]) return isValid(Number(m[3]), month, day) ? { type: 'DATE', value: `${m[3]}-${pad(month)}-${pad(day)}` } : null;
      return isValid(2000, month, day) ? { type: 'DATE', value: monthDay(ctx, m, month, day) } : null;
    })),

    startingWith([[DIGIT]], parser('day-month-year', String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${M}\b(?:,?\s+(\d{4})\b)?`, (m, ctx) => {
      if (!capital(m[2])) return null;
      const month = monthNumber(m[2]!), day = Number(m[1]);
      if (m[3]) return isValid(Number(m[3]), month, day) ? { type: 'DATE', value: `${m[3]}-${pad(month)}-${pad(day)}` } : null;
      return isValid(2000, month, day) ? { type: 'DATE', value: monthDay(ctx, m, month, day) } : null;
    })),

    startingWith([starts.month], parser('month-year', String.raw`\b${M}\s+(?:of\s+)?(\d{4})\b`, (m) => {
      if (!capital(m[1])) return null;
      return { type: 'DATE', value: `${m[2]}-${pad(monthNumber(m[1]!))}` };
    })),

    startingWith([starts.month], parser('month-relative-year', String.raw`\b${M}\s+(?:of\s+)?(last|next|this)\s+year\b`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const month = monthNumber(m[1]!);
      const y = yearOf(ctx, m[2]);
      return { type: 'DATE', value: `${y === null ? 'XXXX' : y}-${pad(month)}` };
    })),

    startingWith([['last', 'next', 'this', 'coming', 'past', 'previous']], parser('relative-month', String.raw`\b(last|next|this|coming|past|previous)\s+${M}\b`, (m, ctx) => {
      if (!capital(m[2])) return null;
      const month = monthNumber(m[2]!);
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${pad(month)}` };
      const which = key(m[1]!);
      const r = ctx.ref;
      let y = r.y;
      if (which === 'last' || which === 'past' || which === 'previous') y = month < r.m ? r.y : r.y - 1;
      else if (which === 'next' || which === 'coming') y = month > r.m ? r.y : r.y + 1;
      return { type: 'DATE', value: `${y}-${pad(month)}` };
    })),

    startingWith([starts.month], parser('month', String.raw`\b${M}(?![\w'’])`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const month = monthNumber(m[1]!);
      const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
      const cue = monthCue.test(before);
      if (words().monthNeedsCue.has(month) && !cue) return null;
      // "April Ryan", "Theresa May": a capitalised neighbour makes it a name.
      const after = ctx.text.slice(end(m), end(m) + 2);
      if (!cue && (/\p{Lu}[\p{L}.]*\s+$/u.test(before) || /^\s\p{Lu}/u.test(after))) return null;
      return { type: 'DATE', value: monthOnly(ctx, m, month) };
    })),

    // A holiday is a whole word: "Christmastime" is a season, not 25 December.
    startingWith([starts.holiday], parser('holiday', String.raw`\b(${w.holiday})\b(?:\s+(\d{4})\b)?`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const md = words().holidays.get(key(m[1]!))!;
      const [month, day] = md.split('-').map(Number) as [number, number];
      if (m[2]) return { type: 'DATE', value: `${m[2]}-${md}` };
      return { type: 'DATE', value: monthDay(ctx, m, month, day) };
    })),

    // Patterns start at their fixed core; optional words before it ("the", "early", "last") are read back
    // from the text, which keeps every scan from trying the prefixes at each word.
    parser('decade', String.raw`(?:\b(1\d|20)(\d)0s|'(\d)0s)\b`, (m, ctx) => {
      const lead = leading(ctx, m.index, PERIOD_LEAD);
      return { type: 'DATE', value: m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`, mod: modFromWord(lead.word), start: lead.start };
    }),

    startingWith([starts.ordinal], parser('century', String.raw`\b(${w.ordinal})[-\s]century\b`, (m, ctx) => {
      const n = ordinalValue(m[1]!);
      if (!n || n > 30) return null;
      const lead = leading(ctx, m.index, PERIOD_LEAD);
      return { type: 'DATE', value: pad(n - 1), mod: modFromWord(lead.word), start: lead.start };
    })),

    startingWith([starts.season], parser('season', String.raw`\b(${w.season})\b(?:\s+(?:of\s+)?(\d{4})\b)?`, (m, ctx) => {
      const lead = leading(ctx, m.index, SEASON_LEAD);
      const which = lead.word ? key(lead.word) : null;
      if (!which && !m[2]) return null;
      const before = ctx.text.slice(Math.max(0, lead.start - 20), lead.start);
      if (capital(m[1]) && !capital(lead.word) && !m[2] && /\p{Lu}\p{L}*\s+$/u.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null; // "Arab Spring"
      if (which === 'the' && !m[2] && /^\s+of\b/i.test(ctx.text.slice(end(m), end(m) + 4))) return null; // "the fall of Kabul"
      if (which === 'the' && !m[2] && !/\b(?:in|during|over|through|throughout|since|until|till|by|for|before|after|from|into|of)\s+$/i.test(before)) return null;
      const code = words().seasons.get(key(m[1]!))!;
      const mod = modFromWord(lead.word);
      if (m[2]) return { type: 'DATE', value: `${m[2]}-${code}`, mod, start: lead.start };
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${code}`, mod, start: lead.start };
      const r = ctx.ref;
      const period = (yy: number): { from: Day; to: Day } => seasonPeriod(yy, code);
      // The season under way at publication, if it is this one ("this winter" in January is last December's).
      const current = seasonOf(r.m) === code ? (code === 'WI' && r.m <= 2 ? r.y - 1 : r.y) : null;
      let y: number;
      if (which === 'this') y = current ?? (code === 'WI' && r.m <= 2 ? r.y - 1 : r.y);
      else if (which === 'last' || which === 'past') {
        const latest = pickYear(r, 'past', period);
        y = latest === current ? latest - 1 : latest;
      } else if (which === 'next' || which === 'coming') {
        const soonest = pickYear(r, 'future', period);
        y = soonest === current ? soonest + 1 : soonest;
      } else y = pickYear(r, ctx.tense(lead.start, end(m)), period);
      return { type: 'DATE', value: `${y}-${code}`, mod, start: lead.start };
    })),

    startingWith([['the'], starts.ordinal], parser('quarter', String.raw`\b(?:the\s+)?(${w.ordinal})[-\s]+(quarter|half)\b(?:\s+of\s+(\d{4}|(?:this|last|next)\s+year)\b)?`, (m, ctx) => {
      const n = ordinalValue(m[1]!);
      const half = key(m[2]!) === 'half';
      if (!n || n > (half ? 2 : 4)) return null;
      if (key(m[1]!) === 'last' && !m[3]) return null;
      const tag = half ? 'H' : 'Q';
      const y = yearOf(ctx, m[3]);
      if (y !== null) return { type: 'DATE', value: `${y}-${tag}${n}` };
      if (m[3]) return { type: 'DATE', value: `XXXX-${tag}${n}` };
      if (half) return null; // "the first half" of a match or a speech
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-Q${n}` };
      const yy = pickYear(ctx.ref, ctx.tense(m.index, end(m)), (c) => ({
        from: { y: c, m: 3 * n - 2, d: 1 }, to: { y: c, m: 3 * n, d: daysInMonth(c, 3 * n) },
      }));
      return { type: 'DATE', value: `${yy}-Q${n}` };
    })),

    parser('quarter-code', String.raw`\b(Q|H)([1-4])(?:\s+|-|/)?(\d{4})\b`, (m) => {
      if (m[1] === 'H' && Number(m[2]) > 2) return null;
      return { type: 'DATE', value: `${m[3]}-${m[1]}${m[2]}` };
    }, 'g'),

    startingWith([['fiscal', 'fy']], parser('fiscal-year', String.raw`\b(?:fiscal(?:\s+year)?\s+|FY\s?)(\d{4})\b`, (m) => ({ type: 'DATE', value: m[1]! }))),
  ];
}

/** Four-digit years: last in the list, so any longer reading of the same digits wins. */
export function yearParser(): Parser {
  return (
    parser('year', String.raw`\b(1[6-9]\d{2}|20\d{2}|21\d{2})\b`, (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      const after = ctx.text.slice(end(m), end(m) + 16);
      if (/[$€£¥#\d.,:/+]$|\d[\s-]$|[^\p{L}]-$/u.test(before)) return null;
      if (/^(?:[.,:/]\d|-\d|\s?\d|\(?\s?\d{3})/.test(after)) return null;
      const prevWord = /([\p{L}.%]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
      const nextWord = /^\s*([\p{L}%]+)/u.exec(after)?.[1]?.toLowerCase();
      if (prevWord && words().notYearBefore.has(prevWord)) return null;
      if (nextWord && words().notYearAfter.has(nextWord)) return null;
      return { type: 'DATE', value: m[1]! };
    }, 'g')
  );
}
