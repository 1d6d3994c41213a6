// Outlet names from the outlets lexicon: by URL host, or by a name a byline, dateline or credit gives.
import { lexicon, listField } from '../lexicons/load.js';
import { fold } from './normalize.js';

interface Outlets {
  byHost: Map<string, string>;
  byName: Map<string, string>;
}

let outlets: Outlets | undefined;

function load(): Outlets {
  if (outlets) return outlets;
  const byHost = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const [host, name, aliases] of lexicon('outlets')) {
    if (!host || !name) continue;
    byHost.set(host.toLowerCase(), name);
    for (const n of [name, ...listField(aliases)]) if (!byName.has(fold(n))) byName.set(fold(n), name);
  }
  outlets = { byHost, byName };
  return outlets;
}

/** The host of a URL without "www.", or null when the string is not an http(s) URL. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/** The outlet a URL belongs to: its host (or a parent domain) in the lexicon, else the host name. */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const { byHost } = load();
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = byHost.get(h);
    if (name) return name;
  }
  return host;
}

// Bylines, credits and datelines name the same few outlets and writers over and over: each string is folded once.
const named = new Map<string, string | null>();
const NAMED_MAX = 20_000;

/** The outlet a name stands for ("AFP", "The Associated Press"), or null when it is not a known outlet. */
export function knownOutlet(name: string): string | null {
  let outlet = named.get(name);
  if (outlet === undefined) {
    outlet = load().byName.get(fold(name)) ?? null;
    if (named.size >= NAMED_MAX) named.clear();
    named.set(name, outlet);
  }
  return outlet;
}
