// Small string helpers shared by the readers.
/** Case-, accent- and white-space-insensitive form, for comparing names. */
export function fold(s) {
    return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
export function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function squash(s) {
    return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
/** Longest first, so that "Photo credit" is tried before "Photo". */
export function alternation(words) {
    return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
//# sourceMappingURL=normalize.js.map