// Binary search over ascending lists of offsets, shared by the extractors that look up positions in text order.

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
