import { recognise } from './recognise.js';
import { resolve } from './resolve.js';
/** People, organizations, countries and places, each resolved to one actor within the article. */
export function extractActors(doc) {
    return resolve(doc.text, recognise(doc));
}
export { actorId, slugify } from './id.js';
export { actorAt, actorById, actorNamed, mentionsIn } from './lookup.js';
//# sourceMappingURL=index.js.map