// Parsers for dates told relative to the publication date or the narrative: weekdays, "last month",
// "three years ago", "yesterday", "Friday afternoon", "the following week".
import { addDays, iso, partialAt, valueAt, type Unit } from './calendar.js';
import { afterFirstWord, capital, durationValue, end, parser, startingWith, unitOf, type Parser } from './parse-kit.js';
import { resolveOffset, resolveRelative, resolveWeekday } from './resolve.js';
import { key, numberValue, words } from './words.js';

export function relativeParsers(): Parser[] {
  const w = words().re;
  const starts = words().starts;
  return [
    startingWith([['earlier', 'later', 'the', 'this', 'last', 'next', 'past', 'previous', 'coming', 'current', 'following']], parser('relative-unit', String.raw`\b(?:(earlier|later)\s+)?(the\s+)?(this|last|next|past|previous|coming|current|following)\s+(year|month|week|weekend|decade|century|quarter)\b`, (m, ctx) => {
      const which = key(m[3]!);
      const unitWord = key(m[4]!);
      const weekend = unitWord === 'weekend';
      const unit = (weekend ? 'week' : unitWord) as Unit;
      const stretch = m[2] && /\b(?:over|during|within|for|in|throughout)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index));
      // "the past year", "over the last month", "over the next decade": a stretch of time, not a calendar period.
      if ((stretch && !weekend && (which === 'next' || which === 'coming')) || which === 'past' || (m[2] && which === 'last')) {
        if (weekend) return { type: 'DATE', value: resolveRelative(ctx.ref, 'week', 'last') + '-WE' };
        return { type: 'DURATION', value: durationValue(1, unitOf(unitWord)!) };
      }
      if (m[2] && (which === 'this' || which === 'current')) return null;
      let value = resolveRelative(ctx.ref, unit, which);
      if (weekend) value += '-WE';
      // "the following week", "the previous year": counted from the narrative's date (see anchorRelative).
      if (m[2] && (which === 'following' || which === 'previous')) {
        return { type: 'DATE', value, anchor: { unit, step: which === 'following' ? 1 : -1, weekend } };
      }
      return { type: 'DATE', value };
    })),

    startingWith([['the', 'past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'final']], parser('relative-span', String.raw`\b(?:the\s+)?(past|last|next|coming|previous|following|first|final)\s+(${w.number})\s+(${w.unitPlural})\b`, (m) => {
      const unit = unitOf(m[3]!);
      return unit ? { type: 'DURATION', value: durationValue(numberValue(m[2]!), unit) } : null;
    })),

    startingWith([['the', 'earlier', 'later', 'early', 'late']], parser('part-of-unit', String.raw`\b(the\s+(?:beginning|start|end|middle|close|rest|remainder|turn)\s+of|(?:earlier|later|early|late)\s+in)\s+the\s+(year|month|week|decade|century)\b`, (m, ctx) => {
      const unit = key(m[2]!) as Unit;
      const phrase = key(m[1]!);
      const mod = /beginning|start|early/.test(phrase) ? 'START' : /end|close|late/.test(phrase) && !/later/.test(phrase)
        ? 'END' : /middle/.test(phrase) ? 'MID' : null;
      return { type: 'DATE', value: ctx.ref ? valueAt(ctx.ref, unit) : partialAt(unit), mod };
    })),

    startingWith([['year', 'month', 'quarter']], parser('period-end', String.raw`\b(year|month|quarter)-end\b`, (m, ctx) => {
      const unit = key(m[1]!) as Unit;
      return { type: 'DATE', value: ctx.ref ? valueAt(ctx.ref, unit) : partialAt(unit), mod: 'END' };
    })),

    startingWith([starts.number], parser('ago', String.raw`\b(${w.number})(?:\s+and\s+a\s+half)?\s+(${w.unitPlural}|${w.unit})\s+(ago|earlier|later|from\s+now|hence)\b`, (m, ctx) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const n = numberValue(m[1]!);
      const dir = key(m[3]!);
      if (dir === 'earlier' || dir === 'later') return { type: 'DURATION', value: durationValue(n, unit) };
      if (n === null) return { type: 'DATE', value: dir === 'ago' ? 'PAST_REF' : 'FUTURE_REF' };
      if (!unit.unit) return { type: 'DATE', value: ctx.ref ? iso(ctx.ref) : 'XXXX-XX-XX' };
      const step = Math.round(n) * (dir === 'ago' ? -1 : 1);
      return { type: 'DATE', value: resolveOffset(ctx.ref, unit.unit, step) };
    })),

    startingWith([['the', 'that']], parser('anchored-day', String.raw`\b(?:the\s+(next|following|previous|preceding|same)\s+day|the\s+day\s+(before|after)|that\s+(day))\b(?!\s+(?:before\s+yesterday|after\s+tomorrow))`, (m, ctx) => {
      const k = key(m[1] ?? m[2] ?? m[3]!);
      const step = k === 'next' || k === 'following' || k === 'after' ? 1 : k === 'same' || k === 'day' ? 0 : -1;
      return { type: 'DATE', value: ctx.ref ? iso(addDays(ctx.ref, step)) : 'XXXX-XX-XX', anchor: { unit: 'day', step, weekend: false } };
    })),

    startingWith([['the', 'today', 'tonight', 'yesterday', 'tomorrow']], parser('deictic', String.raw`\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(today|tonight|yesterday|tomorrow))\b`, (m, ctx) => {
      const k = key(m[1] ?? m[2]!);
      const offset = k === 'yesterday' ? -1 : k === 'tomorrow' ? 1 : k.startsWith('before') ? -2 : k.startsWith('after') ? 2 : 0;
      const day = ctx.ref ? iso(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
      return k === 'tonight' ? { type: 'TIME', value: `${day}TNI` } : { type: 'DATE', value: day };
    })),

    startingWith([['this', 'yesterday', 'tomorrow', 'last'], starts.weekday], parser('part-of-day', String.raw`\b(this|yesterday|tomorrow|last|${w.weekday})\s+(${w.partOfDay})\b`, (m, ctx) => {
      const k = key(m[1]!);
      const code = words().partsOfDay.get(key(m[2]!))!;
      let day: string;
      const wd = words().weekdays.get(k);
      if (wd !== undefined) {
        if (!capital(m[1])) return null;
        day = resolveWeekday(ctx.ref, wd, null, ctx.tense(m.index, end(m)));
      } else {
        if (k === 'last' && code !== 'NI') return null;
        const offset = k === 'yesterday' || k === 'last' ? -1 : k === 'tomorrow' ? 1 : 0;
        day = ctx.ref ? iso(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
      }
      return { type: 'TIME', value: `${day}T${code}` };
    })),

    startingWith([['last', 'next', 'this', 'coming', 'past'], starts.weekday, starts.weekday && starts.weekday.map((d) => `${d}s`)], parser('weekday', String.raw`\b(?:(last|next|this|coming|past)\s+)?(${w.weekday})(s)?\b`, (m, ctx) => {
      if (!capital(m[2])) return null;
      const wd = words().weekdays.get(key(m[2]!))!;
      if (m[3]) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      const which = m[1] ? key(m[1]) : null;
      return { type: 'DATE', value: resolveWeekday(ctx.ref, wd, which, which ? null : ctx.tense(m.index, end(m))) };
    })),

    startingWith([['over', 'during', 'on', 'at', 'for', 'this', 'that']], parser('weekend', String.raw`\b(?:over|during|on|at|for|this|that)\s+the\s+weekend\b`, (m, ctx) => {
      if (!ctx.ref) return { type: 'DATE', value: 'XXXX-WXX-WE', start: afterFirstWord(m) };
      const sat = resolveWeekday(ctx.ref, 6, null, ctx.tense(m.index, end(m)));
      const d = sat.split('-').map(Number) as [number, number, number];
      return { type: 'DATE', value: `${valueAt({ y: d[0], m: d[1], d: d[2] }, 'week')}-WE`, start: afterFirstWord(m) };
    })),

  ];
}
