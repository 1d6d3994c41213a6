// Actors: people, organizations, countries and places, each resolved to one actor within the article.
// recognise.ts finds candidate mentions (gazetteers, capitalised sequences, titles); resolve.ts links them.
import type { Doc } from '../../analyse/document.js';
import type { Actor, Mention } from '../../model.js';
import { recognise } from './recognise.js';
import { resolve } from './resolve.js';

export interface ActorResult {
  actors: Actor[];
  mentions: Mention[];
}

/** People, organizations, countries and places, each resolved to one actor within the article. */
export function extractActors(doc: Doc): ActorResult {
  return resolve(doc.text, recognise(doc));
}

export { actorId, slugify } from './id.js';
export { actorAt, actorById, actorNamed, mentionsIn } from './lookup.js';
