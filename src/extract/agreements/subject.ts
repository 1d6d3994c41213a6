// What was agreed: the that-clause, the infinitive, the object, the passive subject, or the agreement named.
import type { Span } from '../../model.js';
import type { PhraseHit } from '../quotes/phrases.js';
import type { Trigger } from './triggers.js';

const THAT = /^((?:\s*,[^,.;]{0,80},)?\s*)that\s+/u;
const TO_OR_ON = /^\s+(?:to|on|upon)\s+/u;
const OBJECT = /^\s+((?:an?|the|\d+|some|several|two|three|four|five|a\s+number\s+of|dozens\s+of|new|its|their|his|her)\b[^,.;:]{0,120}?)(?=\s+(?:with|between|in|on|at|during|after|before|by|to|for|as|under|which|that)\b|[,.;:]|$)/u;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\b/u;
const LEADING_ADVERBIAL = /^(?:(?:on|in|at|last|this|earlier|later|after|before)\b[^,]{0,40},\s*)/iu;
const DETERMINED = /(?:^|\s)((?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3})$/iu;

export function subjectOf(text: string, sentence: Span, trig: Trigger, nouns: PhraseHit[]): string | null {
  const after = text.slice(trig.coreEnd, sentence.end);
  if (trig.frame === 'upgrade') {
    const phrase = text.slice(trig.coreStart, trig.coreEnd);
    const level = /\bto\s+(?:the\s+level\s+of\s+)?(?:an?\s+)?(.+)$/u.exec(phrase);
    return level ? level[1]!.trim() : null;
  }
  const that = THAT.exec(after);
  if (that) return clean(after.slice(that[0].length));
  const toOn = TO_OR_ON.exec(after);
  if (toOn && trig.frame === 'alone') return clean(upTo(after.slice(toOn[0].length), /[,;]/u));
  const object = OBJECT.exec(after);
  if (object && trig.frame !== 'status-noun') return clean(object[1]!);
  if (trig.frame === 'status-noun') return clean(text.slice(trig.coreStart, trig.coreEnd));
  const head = text.slice(sentence.start, trig.start);
  if (PASSIVE.test(text.slice(trig.start, trig.coreStart)) && head.trim()) {
    return clean(head.replace(LEADING_ADVERBIAL, ''));
  }
  // The agreement named elsewhere in the sentence: "Signed in 1991 by ..., the declaration confirmed ...".
  const noun = nouns[0];
  if (noun) {
    const det = DETERMINED.exec(text.slice(Math.max(sentence.start, noun.start - 40), noun.start));
    return clean((det ? det[1]! : '') + text.slice(noun.start, noun.end));
  }
  return null;
}

function upTo(s: string, stop: RegExp): string {
  const i = s.search(stop);
  return i < 0 ? s : s.slice(0, i);
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,.;:]+$/g, '');
  return t ? t : null;
}
