// Capitalised words that name no actor although they look like names: a plural for a group of people opening a
// sentence ("Residents said ...", "Analysts expect ..."), and names of things announced by the noun before them
// ("the tanker Eagle S", "the Global Gateway programme"). The words are data: generic-nouns.txt, thing-nouns.txt.
import type { Gazetteer } from './gazetteer.js';
import { joined, type Sentence } from './sentence.js';

/** A plural noun for a group of people: listed, or the plural of a listed title ("Officials", "Spokesmen"). */
export function groupNoun(g: Gazetteer, lower: string): boolean {
  if (g.generic.has(lower)) return true;
  if (!lower.endsWith('s') && !lower.endsWith('men')) return false;
  return g.roles.has(lower.slice(0, -1)) // analysts, officials, lawmakers
    || (lower.endsWith('es') && g.roles.has(lower.slice(0, -2))) // coaches
    || (lower.endsWith('ies') && g.roles.has(`${lower.slice(0, -3)}y`)) // deputies
    || (lower.endsWith('men') && g.roles.has(`${lower.slice(0, -3)}man`)); // spokesmen
}

/**
 * The chunk tokens[first..last] sits beside a noun that makes it a thing: "the tanker Eagle S", "the drug Zepbound",
 * "the Global Gateway programme".
 */
export function thingBeside(g: Gazetteer, s: Sentence, first: number, last: number): boolean {
  const a = s.tokens[first - 1];
  if (a && !a.upper && joined(s, first)) {
    if (g.thingsBefore.has(a.lower)) return true;
    const b = s.tokens[first - 2];
    if (b && !b.upper && joined(s, first - 1) && g.thingsBefore.has(`${b.lower} ${a.lower}`)) return true;
  }
  const next = s.tokens[last + 1];
  return !!next && !next.upper && !s.tokens[last]!.possessive && joined(s, last + 1) && g.thingsAfter.has(next.lower);
}
