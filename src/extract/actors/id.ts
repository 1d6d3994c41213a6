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

/** Ids by kind, then by name (no key string built per look-up); emptied when it grows large. */
const ids = new Map<ActorKind, Map<string, string>>();
let idCount = 0;

export function actorId(kind: ActorKind, name: string): string {
  let byName = ids.get(kind);
  if (byName === undefined) ids.set(kind, (byName = new Map()));
  let id = byName.get(name);
  if (id === undefined) {
    if (idCount > 50_000) {
      for (const m of ids.values()) m.clear();
      idCount = 0;
    }
    id = `${kind}:${slugify(name)}`;
    byName.set(name, id);
    idCount++;
  }
  return id;
}
