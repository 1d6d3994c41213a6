// The agreement extractor's word lists, compiled once per process from src/lexicons/agreement-*.txt.
import { lexicon, listField, wordSet } from '../../lexicons/load.js';
import { alternation } from '../quotes/lexicon.js';
import { PhraseMatcher } from '../quotes/phrases.js';
import type { ActorKind } from '../../model.js';

export type TriggerFrame = 'alone' | 'noun' | 'object' | 'upgrade' | 'acquire' | 'broker';
export type Status = 'concluded' | 'expected' | 'proposed' | 'rejected';

export interface AgreementLexicon {
  /** Every trigger verb form, as written. */
  verbs: PhraseMatcher;
  frames: Map<string, TriggerFrame>;
  /** Any agreement noun, in any case. */
  nouns: PhraseMatcher;
  /** Nouns of business deals whose object is a party ("the takeover of ..."), lower-case. */
  acquireNouns: Set<string>;
  /** Right after an upgrade verb: "to the level of strategic partnership". */
  levelRe: RegExp;
  /** Status cues in priority order. */
  status: { status: Status; re: RegExp; all: RegExp }[];
  /** The auxiliary chain before a trigger verb that belongs to the trigger phrase. */
  auxRe: RegExp;
  /** A refusal or an offer right before a trigger phrase belongs to it: "declined to join", "offered to sign". */
  refusalOrOfferRe: RegExp;
  /** Phrases after which the names are mediators, hosts or sources, not parties ("mediated by", "according to"). */
  nonParties: PhraseMatcher;
  /** "the two countries", "both companies", "the three countries": how many, and the plural noun (the kinds it refers back to). */
  sidesRe: RegExp;
  sides: Map<string, ActorKind[]>;
}

let cached: AgreementLexicon | undefined;

const WORD_BEFORE = '(?<![\\p{L}\\p{N}-])';
const WORD_AFTER = '(?![\\p{L}\\p{N}-])';

export function agreementLexicon(): AgreementLexicon {
  if (cached) return cached;
  const frames = new Map<string, TriggerFrame>();
  for (const [, forms, frame] of lexicon('agreement-triggers')) {
    for (const f of listField(forms)) frames.set(f, (frame ?? 'noun') as TriggerFrame);
  }
  const nouns = lexicon('agreement-nouns').map((r) => r[0]!);
  const levels = [...wordSet('agreement-levels')];
  const aux = [...wordSet('agreement-aux')];
  const sides = new Map(lexicon('agreement-sides').map(([noun, kinds]) => [noun!, listField(kinds) as ActorKind[]]));
  cached = {
    verbs: new PhraseMatcher(frames.keys()),
    frames,
    nouns: new PhraseMatcher(nouns, true),
    acquireNouns: new Set(lexicon('agreement-nouns').filter((r) => r[1] === 'acquire').map((r) => r[0]!.toLowerCase())),
    // "upgraded [their ties] to [the level of] [a] comprehensive strategic partnership"
    levelRe: new RegExp(`^(?:\\s+(?:their|its|the|bilateral|diplomatic)){0,2}(?:\\s+(?:ties|relations|relationship))?`
      + `\\s+to\\s+(?:the\\s+)?(?:level\\s+of\\s+)?(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(levels)})${WORD_AFTER}`, 'iu'),
    status: lexicon('agreement-status').map(([status, cues]) => {
      const source = `${WORD_BEFORE}(?:${alternation(listField(cues).flatMap(withCapital))})${WORD_AFTER}`;
      return { status: status as Status, re: new RegExp(source, 'u'), all: new RegExp(source, 'gu') };
    }),
    auxRe: new RegExp(`(?:${WORD_BEFORE}(?:${alternation(aux)})\\s+)+$`, 'iu'),
    refusalOrOfferRe: new RegExp(`${WORD_BEFORE}(?:${alternation(lexicon('agreement-status')
      .filter(([status]) => status === 'rejected' || status === 'proposed').flatMap(([, cues]) => listField(cues)))})`
      + `\\s+(?:(?:${alternation(aux)})\\s+)*$`, 'u'),
    nonParties: new PhraseMatcher(lexicon('agreement-non-parties').map((r) => r[0]!), true),
    sidesRe: new RegExp(`${WORD_BEFORE}(?:the\\s+)?(?:all\\s+)?(two|both|three|four|five)\\s+(${alternation(sides.keys())})${WORD_AFTER}`, 'iu'),
    sides,
  };
  return cached;
}

// Cues match as written and sentence-initially capitalised, but "May" and "Will" are more often a month and a name.
function withCapital(cue: string): string[] {
  const cap = cue[0]!.toUpperCase() + cue.slice(1);
  return cap === 'May' || cap === 'Will' ? [cue] : [cue, cap];
}
