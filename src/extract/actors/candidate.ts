// A candidate mention, as the recognisers emit it and resolution consumes it.
import type { ActorKind } from '../../model.js';

export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  /** Known kind, or 'unknown' for a single capitalised word that only resolution can place. */
  kind: ActorKind | 'unknown';
  /** Canonical name when known (gazetteer), else the surface. */
  name: string;
  /** Name words as written (for people: matching surnames and first names). */
  words: string[];
  role: string | null;
  roleClass: string | null;
  country: string | null;
  /** A title, honorific or speech verb says this is a person even if it is one word. */
  personCue: boolean;
  /** Introduced with an honorific (Sir Alan): a first name alone may then refer back to it. */
  honorific: boolean;
  /** From the seed list of people: the name is canonical already. */
  listed: boolean;
  /** Title-only reference: resolves to an earlier person, never creates one. */
  titleOnly: boolean;
  /** Another form the text gives the name, not a mention of its own ("Houthi movement" for "Houthi"). */
  alias: string | null;
  rule: string;
}


/** Adds a candidate; fields left out take their neutral value. */
export type Emit = (c: Partial<Candidate> & Pick<Candidate, 'start' | 'end' | 'kind' | 'name' | 'rule'>) => void;

