// Title-only references: "the Russian leader", "the Kremlin spokesperson", "the visiting Turkish leader".
import type { Candidate } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';
import { gazetteerAt, isNameWord, joined, phrase, type Sentence } from './sentence.js';
import { roleEndingAt, roleStartingAt } from './titles.js';

/**
 * "the Russian leader", "the Kremlin spokesperson", "the Armenian prime minister": a role with a country or seat
 * of government and no name after it. Resolution links it to a person introduced earlier, or drops it.
 */
export function titleOnlyRefs(g: Gazetteer, s: Sentence, sentence: number, out: Candidate[]): void {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const article = tokens[i]!.text;
    if (article !== 'the' && article !== 'The') continue;
    let k = i + 1;
    // "the visiting Turkish leader", "the outgoing French president"
    if (tokens[k] && tokens[k]!.text.endsWith('ing') && /^\p{Ll}+ing$/u.test(tokens[k]!.text) && joined(s, k) && tokens[k + 1]?.upper) k++;
    let country: string | null = null;
    let org: string | null = null;
    const e = tokens[k] && joined(s, k) ? gazetteerAt(g, s, k) : null;
    const national = e && (e.entry.via === 'demonym' || (e.entry.kind === 'country' && e.entry.via === 'name'));
    if (e && (national || e.entry.kind === 'organization')) {
      country = e.entry.country;
      if (e.entry.kind === 'organization') org = e.entry.name;
      k = e.last + 1;
      if (!joined(s, k) && !(org && tokens[e.last]!.possessive)) continue;
    }
    while (tokens[k] && g.modifiers.has(tokens[k]!.lower) && !roleStartingAt(g, s, k) && joined(s, k)) k++;
    if (!tokens[k] || (k > i + 1 && !joined(s, k) && !(org && tokens[k - 1]!.possessive))) continue;
    const role = roleStartingAt(g, s, k);
    if (!role) continue;
    const after = tokens[role.last + 1];
    if (after && isNameWord(g, after) && joined(s, role.last + 1)) continue;
    if (!country && !org && role.cls !== 'leader' && role.cls !== 'spokesperson') continue;
    const last = tokens[role.last]!;
    const roleText = phrase(s, k, role.last);
    if (roleEndingAt(g, s, role.last) === null) continue;
    out.push({ start: tokens[i]!.start, end: last.end, sentence, kind: 'person', name: roleText, words: [],
      role: roleText, roleClass: role.cls, country, personCue: true, honorific: false, listed: false, titleOnly: true, alias: null,
      rule: org ? `title-only:${org}` : 'title-only' });
  }
}
