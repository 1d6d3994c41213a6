// Titles around a person's name: "Russian President Vladimir Putin", "Kremlin foreign policy adviser Yury
// Ushakov", "Armenia's Prime Minister Nikol Pashinyan", "Hayk Konjoryan, a leading lawmaker", "Vladimir Putin of
// Russia". The role keeps the words news gives it; a demonym or country possessive before it gives the country.
import type { Entry, Gazetteer } from './gazetteer.js';
import { adjacent, gazetteerAt, joined, lowerPhrase, type Sentence } from './sentence.js';

export interface Title {
  role: string | null;
  roleClass: string | null;
  country: string | null;
  /** Offset where the title starts (the name's own start when there is none). */
  start: number;
}

/** The role head (possibly several words) ending at token `last`: its first token index and class. */
export function roleEndingAt(g: Gazetteer, s: Sentence, last: number): { first: number; cls: string } | null {
  if (!g.roleLast.has(s.tokens[last]!.lower)) return null;
  for (let n = Math.min(g.roleMaxWords, last + 1); n >= 1; n--) {
    const first = last - n + 1;
    if (!g.rolePrefixes.has(s.tokens[first]!.lower)) continue;
    let ok = true;
    for (let k = first + 1; k <= last; k++) if (!joined(s, k)) ok = false;
    if (!ok) continue;
    const cls = g.roles.get(lowerPhrase(s, first, last));
    if (cls) return { first, cls };
  }
  return null;
}

/** The role head starting at token `first`: its last token index and class. */
export function roleStartingAt(g: Gazetteer, s: Sentence, first: number): { last: number; cls: string } | null {
  let best: { last: number; cls: string } | null = null;
  let node = g.roleTrie;
  for (let k = first; k < s.tokens.length; k++) {
    if (k > first && !joined(s, k)) break;
    const next = node.next.get(s.tokens[k]!.lower);
    if (!next) break;
    node = next;
    if (node.cls) best = { last: k, cls: node.cls };
  }
  return best;
}

/** Single-token gazetteer entry (for demonyms, country possessives and seats of government inside titles). */
function entryAt(g: Gazetteer, s: Sentence, i: number): Entry | undefined {
  const t = s.tokens[i];
  return t ? g.surfaces.get(t.text) : undefined;
}

/** Gazetteer entry of up to three words ending at token `last` ("South Korean", "White House"). */
function entryEndingAt(g: Gazetteer, s: Sentence, last: number): { entry: Entry; first: number } | null {
  for (let first = Math.max(0, last - 2); first <= last; first++) {
    // Word by word along the listed surfaces, while one of them goes on.
    let head = g.heads.get(s.tokens[first]!.text);
    for (let k = first + 1; k <= last && head; k++) head = joined(s, k) ? head.next?.get(s.tokens[k]!.text) : undefined;
    const entry = head?.entry;
    if (entry) return { entry, first };
  }
  return null;
}

/** Index of "of" in "<role> of <Portfolio words>" ending at token `last`, or -1. */
function portfolioStart(g: Gazetteer, s: Sentence, last: number): number {
  for (let k = last; k > last - 7 && k > 0; k--) {
    const t = s.tokens[k]!;
    if (k < last && !joined(s, k + 1)) return -1;
    // "Commissioner for Enlargement Marta Kos" likewise.
    if (t.text === 'of' || t.text === 'for') return k < last && roleEndingAt(g, s, k - 1) && joined(s, k) ? k : -1;
    if (!t.upper && t.text !== 'and' && t.text !== 'the') return -1;
  }
  return -1;
}

/** First token of a capitalised organization name ending with a cue word at token `last` ("Defence Ministry"). */
function orgRunEndingAt(g: Gazetteer, s: Sentence, last: number): number {
  if (g.nameCues.get(s.tokens[last]!.text) !== 'organization') return -1;
  let first = last;
  while (first > 0 && joined(s, first) && s.tokens[first - 1]!.upper && !s.tokens[first - 1]!.possessive
    && g.surfaces.get(s.tokens[first - 1]!.text)?.via !== 'demonym') first--;
  return first;
}

/** The title just before the name whose first token is `nameIndex`, or null (remembered per sentence). */
export function titleBefore(g: Gazetteer, s: Sentence, nameIndex: number): Title | null {
  const memo = (s.titlesBefore ??= new Array<Title | null>(s.tokens.length + 1));
  let title = memo[nameIndex];
  if (title === undefined) memo[nameIndex] = title = findTitleBefore(g, s, nameIndex);
  return title;
}

function findTitleBefore(g: Gazetteer, s: Sentence, nameIndex: number): Title | null {
  let p = nameIndex - 1;
  // "his Qatari counterpart, Sheikh Mohammed ...", "Foreign Minister Prince Faisal": the honorific stands aside.
  while (p > 0 && g.honorifics.has(s.tokens[p]!.text) && joined(s, p + 1)) p--;
  const nameStart = s.tokens[p + 1]!.start;
  // "Kazakhstan's president, Kassym-Jomart Tokayev": one comma may stand between the title and the name.
  const prev = s.tokens[p];
  if (!prev) return null;
  const gap = s.text.slice(prev.end, nameStart);
  if (prev.possessive) {
    // "Spain's Carlos Alcaraz", "Russia's Vladimir Putin": the country, with no role.
    const e = entryAt(g, s, p);
    const spaced = /^['’]s[ \t\u00a0]+$/.test(gap);
    return e && e.kind === 'country' && e.via === 'name' && spaced
      ? { role: null, roleClass: null, country: e.country, start: prev.start } : null;
  }
  if (!/^[ \t\u00a0]+$/.test(gap) && !/^,[ \t\u00a0]+$/.test(gap)) return null;
  let roleStart = -1;
  let roleEnd = -1;
  let roleClass: string | null = null;
  let country: string | null = null;
  let loose = 0;
  while (p >= 0) {
    const head = roleEndingAt(g, s, p);
    const t = s.tokens[p]!;
    const hit = entryEndingAt(g, s, p);
    const e = hit?.entry;
    if (head) {
      if (roleEnd < 0) roleEnd = t.end;
      roleClass ??= head.cls;
      roleStart = s.tokens[head.first]!.start;
      p = head.first - 1;
      // "Health Secretary", "Mines and Energy Minister": capitalised portfolio words belong to the title.
      if (PORTFOLIO_HEADS.has(s.tokens[head.first]!.lower)) {
        const from = portfolioBefore(g, s, p);
        if (from <= p) {
          roleStart = s.tokens[from]!.start;
          p = from - 1;
        }
      }
    } else if (roleEnd < 0 && portfolioStart(g, s, p) >= 0) {
      // "Minister of Digital Development and Transport, Vugar Huseynov": the portfolio is part of the title.
      const ofAt = portfolioStart(g, s, p);
      const head = roleEndingAt(g, s, ofAt - 1)!;
      const place = entryEndingAt(g, s, p);
      // "Prime Minister of Armenia Nikol Pashinyan": of a country, the title's country.
      if (place && place.first === ofAt + 1 && place.entry.kind === 'country' && place.entry.via === 'name') {
        country = place.entry.country;
        roleEnd = s.tokens[ofAt - 1]!.end;
      } else roleEnd = t.end;
      roleClass = head.cls;
      roleStart = s.tokens[head.first]!.start;
      p = head.first - 1;
    } else if (roleEnd < 0) {
      // "Jamaican sprinter Shelly-Ann Fraser-Pryce": a plain noun between a demonym and a name is the role.
      const d = entryEndingAt(g, s, p - 1);
      const national = d && (d.entry.via === 'demonym' || (d.entry.kind === 'country' && d.entry.via === 'name'));
      if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) || g.stopwords.has(t.text) || !national || !joined(s, p)
        || gap !== ' ') return null;
      return { role: t.text, roleClass: null, country: d!.entry.country, start: t.start };
    } else if (e && (e.via === 'demonym' || e.kind === 'country') && (e.via !== 'capital')) {
      // "Russian President", "Armenia's Prime Minister", "U.S. Secretary of State".
      country = e.country;
      break;
    } else if (t.possessive) {
      break;
    } else if (g.modifiers.has(t.lower) && !t.possessive) {
      roleStart = t.start;
      p--;
    } else if (t.upper && !t.possessive && orgRunEndingAt(g, s, p) >= 0) {
      // "Russian Defence Ministry spokesman": an organization named by a cue word is part of the role.
      const first = orgRunEndingAt(g, s, p);
      roleStart = s.tokens[first]!.start;
      p = first - 1;
    } else if (e && e.kind === 'organization' && e.via === 'name' && !t.possessive) {
      // "Kremlin foreign policy adviser": the seat of government is part of the role and gives the country
      // (a club or a company does not: "Chelsea manager" says nothing of the manager's country).
      if (e.type === 'government' || e.type === 'agency') country ??= e.country;
      roleStart = s.tokens[hit!.first]!.start;
      p = hit!.first - 1;
    } else if (loose < 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !g.stopwords.has(t.text) && !g.roles.has(t.text)
      && !/(?:ed|ing|ly)$/.test(t.text)) {
      // "Serbian tennis star", "Kazakh state oil company": a plain word or two may qualify the role.
      loose++;
      roleStart = t.start;
      p--;
    } else break;
    if (p >= 0 && !adjacent(s, p + 1)) break;
  }
  if (roleEnd < 0) return null;
  if (/^,/.test(gap)) {
    // With a comma, only "Kazakhstan's president, Kassym-Jomart Tokayev": not "... and an Armenian deputy
    // minister, Ushakov said", where the name starts a new clause.
    const lead = s.tokens.findLast((t) => t.end <= roleStart);
    const before = lead ? s.tokens[s.tokens.indexOf(lead) - 1] : undefined;
    // "His lawyer, Erwin Siccha": a possessive pronoun owns the role as a possessive name does.
    const owner = lead?.possessive === true || /^(?:his|her|their|its)$/i.test(lead?.text ?? '');
    if (!(country || owner) || (before && /^(?:a|an|and|or)$/i.test(before.text))) return null;
  }
  const role = tidy(s.text.slice(roleStart, roleEnd));
  return { role, roleClass, country, start: roleStart };
}

const PORTFOLIO_HEADS = new Set(['secretary', 'minister', 'commissioner']);

/** First token of up to three capitalised portfolio words ending at token `last` ("Mines and Energy"); last + 1 if none. */
function portfolioBefore(g: Gazetteer, s: Sentence, last: number): number {
  let first = last + 1;
  for (let k = last; k >= 0 && k > last - 4; k--) {
    const t = s.tokens[k]!;
    if (!joined(s, k + 1)) break;
    if (t.text === 'and' && first <= last && k > 0 && s.tokens[k - 1]!.upper) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.possessive || g.surfaces.has(t.text) || g.roles.has(t.lower)
      || g.modifiers.has(t.lower) || g.stopwords.has(t.lower)) break;
    first = k;
  }
  return s.tokens[first]?.text === 'and' ? first + 1 : first;
}

const ARTICLE = new Set(['a', 'an', 'the']);

/**
 * The title right after a name ending before token `after`: ", a leading lawmaker", ", Armenia's foreign
 * minister", "of Russia" (country only).
 */
export function titleAfter(g: Gazetteer, s: Sentence, after: number): Omit<Title, 'start'> | null {
  const memo = (s.titlesAfter ??= new Array<Omit<Title, 'start'> | null>(s.tokens.length + 1));
  let title = memo[after];
  if (title === undefined) memo[after] = title = findTitleAfter(g, s, after);
  return title;
}

function findTitleAfter(g: Gazetteer, s: Sentence, after: number): Omit<Title, 'start'> | null {
  const last = s.tokens[after - 1];
  let i = after;
  const first = s.tokens[i];
  if (!last || !first) return null;
  const gap = s.text.slice(last.end, first.start);
  if (/^[ \t]+$/.test(gap) && first.text === 'of') {
    // "Julien Alfred of Saint Lucia": the country may take several words.
    const e = gazetteerAt(g, s, i + 1)?.entry;
    return e && e.kind === 'country' && e.via === 'name' ? { role: null, roleClass: null, country: e.name } : null;
  }
  if (!/^,[ \t\u00a0]+$/.test(gap)) return null;
  if (ARTICLE.has(first.lower)) i++;
  let country: string | null = null;
  // ", a veteran Brazilian diplomat": epithets may stand before the demonym.
  let j = i;
  while (j < i + 2 && s.tokens[j] && g.modifiers.has(s.tokens[j]!.lower) && !roleStartingAt(g, s, j)
    && g.surfaces.get(s.tokens[j + 1]?.text ?? '')?.via === 'demonym') j++;
  i = j;
  const e = entryAt(g, s, i);
  if (e && (e.via === 'demonym' || (e.kind === 'country' && s.tokens[i]!.possessive))) {
    country = e.name;
    i++;
  } else if (s.tokens[i]?.possessive && s.tokens[i]!.upper) {
    i++; // "Tim Cook, Apple's chief executive"
  }
  let capitals = 0;
  const roleFrom = i;
  let roleTo = -1;
  let roleClass: string | null = null;
  while (i < s.tokens.length && (i === roleFrom || joined(s, i))) {
    const head = roleStartingAt(g, s, i);
    const t = s.tokens[i]!;
    if (head) {
      roleTo = head.last;
      roleClass = head.cls;
      i = head.last + 1;
      if (s.tokens[head.last]!.possessive) break;
    } else if (g.modifiers.has(t.lower) && roleTo < 0) {
      i++;
    } else if (roleTo < 0 && t.upper && !t.possessive && capitals < 3) {
      capitals++; // "a former Foreign Office minister"
      i++;
    } else break;
  }
  if (roleTo < 0) return null;
  const of = s.tokens[roleTo + 1];
  if (!country && of?.text === 'of' && joined(s, roleTo + 1)) {
    const c = entryAt(g, s, roleTo + 2);
    if (c && c.kind === 'country' && c.via === 'name') country = c.name;
  }
  const role = tidy(s.text.slice(s.tokens[roleFrom]!.start, s.tokens[roleTo]!.end));
  return { role, roleClass, country };
}

export function tidy(s: string): string {
  if (tidyAlready(s)) return s;
  return s.replace(/\s+/g, ' ').trim();
}

/** ASCII with single spaces inside and none at either end: what tidy() would return unchanged. */
function tidyAlready(s: string): boolean {
  if (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 9 && c <= 13) || (c === 32 && s.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}
