// Precision / recall / F1 bookkeeping shared by every evaluation suite.
export const zero = () => ({ tp: 0, fp: 0, fn: 0 });
export function add(into, c) {
    into.tp += c.tp;
    into.fp += c.fp;
    into.fn += c.fn;
    return into;
}
export function prf(c) {
    const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return { p, r, f };
}
/**
 * Matches predicted items to gold items one-to-one with `same`, greedily in order.
 * Unmatched items are reported through `onMiss` / `onSpurious` for --verbose output.
 */
export function match(gold, predicted, same, onMiss, onSpurious, 
/** Unmatched predictions that are not errors (e.g. a fragment of a matched quote). */
ignore) {
    const used = new Set();
    let tp = 0;
    for (const g of gold) {
        const i = predicted.findIndex((p, k) => !used.has(k) && same(g, p));
        if (i >= 0) {
            used.add(i);
            tp++;
        }
        else
            onMiss?.(g);
    }
    let fp = 0;
    predicted.forEach((p, k) => {
        if (used.has(k) || ignore?.(p))
            return;
        fp++;
        onSpurious?.(p);
    });
    return { tp, fp, fn: gold.length - tp };
}
/** Case-, accent- and white-space-insensitive form for comparing names and strings. */
export function fold(s) {
    return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"')
        .replace(/\s+/g, ' ').trim().toLowerCase();
}
//# sourceMappingURL=score.js.map