// Normal forms for looking actors up: `norm` for aliases (case and accents folded), `translitKey` for spellings
// that differ only by transliteration (Pashinyan/Pashinian, Tokayev/Tokaev, Sergei/Sergey, Zelensky/Zelenskiy).

export function norm(name: string): string {
  return memo(norms, name, () =>
    name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase());
}

export function translitKey(name: string): string {
  return memo(keys, name, () => norm(name)
    .replace(/[^a-z ]/g, '')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/([aeiou])i(?=[aeiou])/g, '$1')
    .replace(/(.)\1+/g, '$1'));
}

// The same few thousand names come back in every article: their forms are computed once (up to a bound).
const norms = new Map<string, string>();
const keys = new Map<string, string>();

function memo(cache: Map<string, string>, name: string, compute: () => string): string {
  let v = cache.get(name);
  if (v === undefined) {
    if (cache.size >= 50_000) cache.clear();
    v = compute();
    cache.set(name, v);
  }
  return v;
}
