import type { Doc } from '../../analyse/document.js';
import type { Actor, Mention } from '../../model.js';

export interface ActorResult {
  actors: Actor[];
  mentions: Mention[];
}

/** People, organizations, countries and places, each resolved to one actor within the article. */
export function extractActors(_doc: Doc): ActorResult {
  return { actors: [], mentions: [] };
}
