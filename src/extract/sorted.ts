// Binary search over ascending lists of offsets (or of records by an offset), shared by the extractors that look up
// positions in text order.

/** Index of the first value >= x in an ascending list (the list length when there is none). */
export function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose `key` is >= x in a list ascending by that key (the list length when there is none). */
export function firstWithAtOrAfter<K extends string>(sorted: readonly Readonly<Record<K, number>>[], key: K, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]![key] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
