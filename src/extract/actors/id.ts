// Actor ids: `${kind}:${slug}`, stable within an article and shared with the store for cross-article merging.
import type { ActorKind } from '../../model.js';

/** The canonical name folded to ASCII lower case, every run of other characters turned into one '-'. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters that do not decompose into a base letter and a mark.
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe'))
    .replace(/æ/g, 'ae')
    .replace(/đ/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ids = new Map<string, string>();

export function actorId(kind: ActorKind, name: string): string {
  const key = `${kind}:${name}`;
  let id = ids.get(key);
  if (id === undefined) {
    if (ids.size > 50_000) ids.clear();
    id = `${kind}:${slugify(name)}`;
    ids.set(key, id);
  }
  return id;
}
