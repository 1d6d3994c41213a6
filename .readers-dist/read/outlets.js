// Outlet names from the outlets lexicon: by URL host, or by a name a byline, dateline or credit gives.
import { lexicon, listField } from '../lexicons/load.js';
import { fold } from './normalize.js';
let outlets;
function load() {
    if (outlets)
        return outlets;
    const byHost = new Map();
    const byName = new Map();
    for (const [host, name, aliases] of lexicon('outlets')) {
        if (!host || !name)
            continue;
        byHost.set(host.toLowerCase(), name);
        for (const n of [name, ...listField(aliases)])
            if (!byName.has(fold(n)))
                byName.set(fold(n), name);
    }
    outlets = { byHost, byName };
    return outlets;
}
/** The host of a URL without "www.", or null when the string is not an http(s) URL. */
export function hostOf(url) {
    try {
        const u = new URL(url);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            return null;
        return u.hostname.toLowerCase().replace(/^www\d?\./, '') || null;
    }
    catch {
        return null;
    }
}
/** The outlet a URL belongs to: its host (or a parent domain) in the lexicon, else the host name. */
export function outletFromUrl(url) {
    const host = hostOf(url);
    if (!host)
        return null;
    const { byHost } = load();
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const name = byHost.get(h);
        if (name)
            return name;
    }
    return host;
}
/** The outlet a name stands for ("AFP", "The Associated Press"), or null when it is not a known outlet. */
export function knownOutlet(name) {
    return load().byName.get(fold(name)) ?? null;
}
//# sourceMappingURL=outlets.js.map