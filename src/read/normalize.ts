// Small string helpers shared by the readers.

/** Case-, accent- and white-space-insensitive form, for comparing names. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function squash(s: string): string {
  // Text whose only white space is single spaces needs no collapsing.
  return (NOT_SINGLE_SPACES.test(s) ? s.replace(/[\s\u00a0]+/g, ' ') : s).trim();
}

/** White space other than a space, or two spaces in a row. */
const NOT_SINGLE_SPACES = /[^\S ]| {2}/;

/** Longest first, so that "Photo credit" is tried before "Photo". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * The first characters of a list of words in both cases: a line starting with none of them matches no word of the
 * case-insensitive pattern. Null when a word starts with a character outside ASCII, whose case variants a regex
 * may see differently.
 */
export function firstCharacters(words: string[]): Set<string> | null {
  const set = new Set<string>();
  for (const w of words) {
    const c = w.charAt(0);
    if (c === '' || c.charCodeAt(0) > 0x7e) return null;
    set.add(c.toLowerCase()).add(c.toUpperCase());
  }
  return set;
}
