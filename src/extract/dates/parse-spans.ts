// Parsers for durations, clock times, race times, sets ("every year", "twice a day") and references
// ("now", "recently").
import {
  afterFirstWord, capital, dayPart, durationValue, half, leading, leads, pad, parser, startingWith, unitOf, type Parser,
} from './parse-kit.js';
import { key, numberValue, words } from './words.js';

export function spanParsers(): Parser[] {
  const w = words().re;
  const starts = words().starts;
  return [
    startingWith([starts.number], parser('duration', String.raw`\b(${w.number})(?:\s+and\s+a\s+half)?(?:\s+(?:${w.durationWord}))?(?:\s+|-)(${w.unitPlural}|${w.unit})(?:[-\s]old\b|[-\s]long\b)?(?![-\w])`, (m, ctx) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const n = numberValue(m[1]!);
      const lead = key(m[1]!);
      const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
      if (/[$€£¥/.]\s*$|\d[.,]?$/.test(before)) return null;
      // "a year" alone is often a rate ("$5 billion a year"); as a duration it needs a modifier or a preposition.
      if ((lead === 'a' || lead === 'an' || lead === 'some') && !leads().duration.test(before)) return null;
      if (n !== null && n > 1 && !/s$/i.test(m[2]!) && !m[0].includes('-')) return null; // "three year" is not English
      return { type: 'DURATION', value: durationValue(half(m[0], n), unit) };
    })),

    startingWith([starts.unit], parser('unit-long', String.raw`\b(${w.unit})-long\b`, (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { type: 'DURATION', value: durationValue(1, unit) } : null;
    })),

    startingWith([['for', 'over', 'in', 'within', 'after']], parser('vague-duration', String.raw`\b(?:for|over|in|within|after)\s+(years|decades|months|weeks|days|hours|centuries)\b(?![-\w])`, (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { type: 'DURATION', value: durationValue(null, unit), start: afterFirstWord(m) } : null;
    })),

    parser('clock-ampm', String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?(?:\s+(?:local\s+time|${w.timezone})\b)?`, (m, ctx) => {
      let h = Number(m[1]);
      if (h < 1 || h > 12) return null;
      if (m[3]!.toLowerCase() === 'p' && h < 12) h += 12;
      if (m[3]!.toLowerCase() === 'a' && h === 12) h = 0;
      return { type: 'TIME', value: `${dayPart(ctx)}T${pad(h)}:${m[2] ?? '00'}` };
    }),

    parser('clock-24h', String.raw`\b([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(?:(${w.timezone})|local\s+time|hours|hrs)\b`, (m, ctx) => {
      if (/^\d{4}$/.test(`${m[1]}${m[2]}`) && !m[3] && !/hours|hrs|local/i.test(m[0])) return null;
      return { type: 'TIME', value: `${dayPart(ctx)}T${pad(Number(m[1]))}:${m[2]}` };
    }),

    startingWith([['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about']], parser('clock-after-at', String.raw`\b(?:at|by|until|till|from|before|after|around|about)\s+([01]?\d|2[0-3]):([0-5]\d)\b(?![:.]\d)`, (m, ctx) => (
      { type: 'TIME', value: `${dayPart(ctx)}T${pad(Number(m[1]))}:${m[2]}`, start: afterFirstWord(m) }))),

    startingWith([['at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'from']], parser('noon', String.raw`\b(?:at|by|until|till|before|after|around|about|from)\s+(noon|midday|midnight)\b`, (m, ctx) => (
      { type: 'TIME', value: `${dayPart(ctx)}T${key(m[1]!) === 'midnight' ? '24:00' : '12:00'}`, start: afterFirstWord(m) }))),

    parser('race-time', String.raw`\b(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:])|\b(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:])`, (m) => {
      if (m[1] !== undefined) {
        const sec = m[4] ? `${Number(m[3])}.${m[4]}` : String(Number(m[3]));
        return { type: 'DURATION', value: `PT${Number(m[1])}H${Number(m[2])}M${sec}S` };
      }
      return { type: 'DURATION', value: `PT${Number(m[5])}M${Number(m[6])}.${m[7]}S` };
    }),

    startingWith([['every', 'each']], parser('set-every', String.raw`\b(?:every|each)\s+(?:(other)\s+)?(?:(${w.number})\s+)?(${w.unitPlural}|${w.unit}|${w.weekday}|${w.partOfDay}|${w.season}|season|weekend|${w.month})\b`, (m) => {
      const k = key(m[3]!);
      const month = words().months.get(k);
      if (month !== undefined) return capital(m[3]) ? { type: 'SET', value: `XXXX-${pad(month)}` } : null;
      const wd = words().weekdays.get(k);
      if (wd !== undefined) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      const pod = words().partsOfDay.get(k);
      if (pod !== undefined) return { type: 'SET', value: `XXXX-XX-XXT${pod}` };
      const season = words().seasons.get(k);
      if (season !== undefined) return { type: 'SET', value: `XXXX-${season}` };
      if (k === 'season') return { type: 'SET', value: 'P1Y' };
      if (k === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
      const unit = unitOf(k);
      if (!unit) return null;
      const n = m[2] ? numberValue(m[2]) : 1;
      return { type: 'SET', value: durationValue(n === null ? null : n * (m[1] ? 2 : 1), unit) };
    })),

    startingWith([['a', 'an', 'per']], parser('set-rate', String.raw`\b(a|an|per)\s+(${w.unit}|annum)\b(?![-\w])`, (m, ctx) => {
      const k = key(m[2]!);
      const unit = unitOf(k === 'annum' ? 'year' : k);
      if (!unit) return null;
      const value = durationValue(1, unit);
      // "twice a year", "three times a week": the frequency belongs to the expression.
      const times = leading(ctx, m.index, leads().times);
      if (times.word) return { type: 'SET', value, start: times.start };
      // "per day", or a rate after a quantity: "three flights a week", "$5 billion a year", "20% a year".
      if (key(m[1]!) === 'per' || (!unit.time && leads().quantity.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)))) {
        return { type: 'SET', value };
      }
      return null;
    })),

    startingWith([starts.set], parser('set-adverb', String.raw`\b(${w.set})\b`, (m) => ({ type: 'SET', value: words().sets.get(key(m[1]!))! }))),

    startingWith([starts.ref], parser('reference', String.raw`\b(${w.ref})\b`, (m, ctx) => {
      const k = key(m[1]!);
      // "now" as a conjunction ("now that") still refers to the present; "from now" belongs to an offset.
      if (k === 'now' && /\bfrom\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      return { type: 'DATE', value: words().refs.get(k)! };
    })),

    startingWith([['at']], parser('present-moment', String.raw`\bat\s+this\s+(?:[a-z]+\s+)?(?:moment|juncture|point\s+in\s+time|stage)\b`, (m) => (
      { type: 'DATE', value: 'PRESENT_REF', start: afterFirstWord(m) }))),

  ];
}
