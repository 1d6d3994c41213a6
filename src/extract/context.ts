// What later extractors (quotes, agreements, events) receive from the earlier ones.
import type { Actor, DateRef, Mention } from '../model.js';

export interface ExtractContext {
  actors: Actor[];
  mentions: Mention[];
  dates: DateRef[];
}
