// Business deals: the company bought or taken over, named right after the verb ("agreed to buy Meridian Lines",
// "bought the Danish wind developer Skovlund Power") or the buyer after a passive ("was bought by Nordhavn").
import type { Mention } from '../../model.js';
import type { MentionIndex } from '../quotes/mentions.js';

// Up to six words of description between the verb and the name, but no preposition or conjunction: "bought jets
// from Boeing" buys no company, "bought a stake in Kestrel" is not a takeover.
const DESCRIPTION = /^(?:\s+(?!(?:from|for|in|into|on|at|with|to|by|of|and|or|but|after|before|during|over|under|as|than|back|up|out|off)\s)[^\s,;:.]+){0,6}?\s+$/u;
// After the name: the end of the clause or a word that starts a new phrase. "bought Apple shares", "Boeing's
// defence unit": the company only describes what was bought.
const AFTER_NAME = /^(?:\s*(?:[,.;:)—–]|$)|\s+(?:for|in|at|on|from|with|after|last|this|earlier|and|which|that|to|as|under|through|via|said|says|the|a|an|between|before|during|until|while|when|but|or|outright|early|late|next|is|was|will|would)\s)/u;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const BY = /^\s+by\s+/u;

/** The company an acquisition verb ending at `from` takes as its object, if one is named there. */
export function acquisitionTarget(text: string, from: number, limit: number, mi: MentionIndex): Mention | undefined {
  for (let i = mi.firstFrom(from); i < mi.sorted.length; i++) {
    const m = mi.sorted[i]!;
    if (m.start >= limit || m.start - from > 80) return undefined;
    if (!DESCRIPTION.test(text.slice(from, m.start))) return undefined;
    const kind = mi.kind(m);
    if (kind === 'organization') return AFTER_NAME.test(text.slice(m.end, Math.min(limit, m.end + 12))) ? m : undefined;
    // "the Danish developer ...": a nationality in the description; anything else ends the search.
    if (kind !== 'country') return undefined;
  }
  return undefined;
}

/** "Meridian Lines was bought by Nordhavn": the buyer of a passive acquisition verb. */
export function passiveBuyer(text: string, verbStart: number, verbEnd: number, limit: number, mi: MentionIndex): Mention | undefined {
  if (!PASSIVE_BEFORE.test(text.slice(Math.max(0, verbStart - 30), verbStart))) return undefined;
  const by = BY.exec(text.slice(verbEnd, limit));
  if (!by) return undefined;
  return acquisitionTarget(text, verbEnd + by[0].length - 1, limit, mi);
}
