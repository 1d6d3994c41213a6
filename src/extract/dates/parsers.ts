// Date parsers: each a pattern run over the whole text plus an extract function that turns one match into a
// result or declines (null). Patterns are built once from the lexicons; none nests quantifiers over the same
// characters, so every scan is linear. The order is the tie-break when two results cover the same text.
import { calendarParsers, yearParser } from './parse-calendar.js';
import type { Parser } from './parse-kit.js';
import { relativeParsers } from './parse-relative.js';
import { spanParsers } from './parse-spans.js';

export type { Context, DateKind, Found, Parser } from './parse-kit.js';

export function buildParsers(): Parser[] {
  return [...calendarParsers(), ...relativeParsers(), ...spanParsers(), yearParser()];
}
