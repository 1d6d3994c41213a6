// Hyphenated words made of listed names: "Russia-led", "Armenia-Azerbaijan border", "Frankfurt-based".
import type { Emit } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';
import { institutionHead } from './institutions.js';
import type { Sentence } from './sentence.js';
import type { Token } from './tokens.js';

/** A hyphenated word made of listed parts: "Russia-led", "Armenia-Azerbaijan border", "Frankfurt-based". */
export function hyphenParts(g: Gazetteer, s: Sentence, i: number, emit: Emit): boolean {
  const t = s.tokens[i]!;
  if (!t.hyphen || lowerOnly(g, t)) return false;
  let offset = t.start;
  let found = false;
  // "Frankfurt-based" is the city; "Moscow-backed" the government.
  const based = /-based$/.test(t.text);
  for (const part of t.text.split('-')) {
    const e = g.surfaces.get(part);
    let kind = e?.kind;
    let name = e?.name ?? '';
    if (e?.via === 'capital' && !based) [kind, name] = ['country', e.country ?? ''];
    else if (e?.via === 'metonym' && based) [kind, name] = ['place', part];
    if (e && kind && kind !== 'person' && name) {
      emit({ start: offset, end: offset + part.length, kind, name, country: e.country, rule: `hyphen:${e.via}` });
      found = true;
    } else if (!e && based && offset === t.start && /^\p{Lu}\p{Ll}{2,}$/u.test(part) && !g.stopwords.has(part.toLowerCase())) {
      // "Veldhoven-based": where a company is based is a place, listed or not.
      emit({ start: offset, end: offset + part.length, kind: 'place', name: part, rule: 'hyphen:based' });
      found = true;
    }
    offset += part.length + 1;
  }
  // "the Saudi-led coalition", "an Iran-backed government": the institution is an organization too.
  if (found && /-(?:led|backed)$/.test(t.text)) {
    const head = institutionHead(g, s, i + 1);
    if (head >= 0) {
      emit({ start: t.start, end: s.tokens[head]!.end, kind: 'organization', name: s.text.slice(t.start, s.tokens[head]!.end),
        rule: 'institution:led' });
    }
  }
  return found;
}


/**
 * "long-term", "pro-government": a word all in lower case (ASCII first) has no listed part, as long as every listed
 * surface holds a capital, nor a capitalised first part for the "-based" rule.
 */
export function lowerOnly(g: Gazetteer, t: Token): boolean {
  return !g.caselessSurfaces && t.text.charCodeAt(0) < 128 && t.lower === t.text;
}
