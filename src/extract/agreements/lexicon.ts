// The agreement extractor's word lists, compiled once per process from src/lexicons/agreement-*.txt.
import { lexicon, listField, wordSet } from '../../lexicons/load.js';
import { alternation } from '../quotes/lexicon.js';
import { PhraseMatcher } from '../quotes/phrases.js';
import { CuePhrases } from './cues.js';
import type { ActorKind } from '../../model.js';

export type TriggerFrame = 'alone' | 'noun' | 'object' | 'upgrade' | 'acquire' | 'broker';
export type Status = 'concluded' | 'expected' | 'proposed' | 'rejected';

export interface AgreementLexicon {
  /** Trigger verb forms and agreement nouns together, in any case: one scan of the text finds both. */
  phrases: PhraseMatcher;
  /** Every trigger verb form, as written (verbs match case-sensitively: "Seal" may be a name). */
  frames: Map<string, TriggerFrame>;
  /** Every agreement noun, lower-case. */
  nounSet: Set<string>;
  /** Nouns of business deals whose object is a party ("the takeover of ..."), lower-case. */
  acquireNouns: Set<string>;
  /** Right after an upgrade verb: "to the level of strategic partnership". */
  levelRe: RegExp;
  /** Status cues; when cues of several statuses are present, the first in STATUS_ORDER wins. */
  status: CuePhrases<Status>;
  /** The auxiliary chain before a trigger verb that belongs to the trigger phrase. */
  auxRe: RegExp;
  /** Only auxiliaries between a refusal or an offer and the trigger verb: "declined [to] join", "offered to sign". */
  auxOnlyRe: RegExp;
  /** Phrases after which the names are mediators, hosts or sources, not parties ("mediated by", "according to"). */
  nonParties: CuePhrases<string>;
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
    phrases: new PhraseMatcher([...frames.keys(), ...nouns], true),
    frames,
    nounSet: new Set(nouns.map((n) => n.toLowerCase())),
    acquireNouns: new Set(lexicon('agreement-nouns').filter((r) => r[1] === 'acquire').map((r) => r[0]!.toLowerCase())),
    // "upgraded [their ties] to [the level of] [a] comprehensive strategic partnership"
    levelRe: new RegExp(`^(?:\\s+(?:their|its|the|bilateral|diplomatic)){0,2}(?:\\s+(?:ties|relations|relationship))?`
      + `\\s+to\\s+(?:the\\s+)?(?:level\\s+of\\s+)?(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(levels)})${WORD_AFTER}`, 'iu'),
    status: new CuePhrases(lexicon('agreement-status').flatMap(([status, cues]) =>
      listField(cues).map((cue): [string, Status] => [cue, status as Status])), NO_CAPITAL),
    auxRe: new RegExp(`(?:${WORD_BEFORE}(?:${alternation(aux)})\\s+)+$`, 'iu'),
    auxOnlyRe: new RegExp(`^\\s+(?:(?:${alternation(aux)})\\s+)*$`, 'iu'),
    nonParties: new CuePhrases(lexicon('agreement-non-parties').map((r): [string, string] => [r[0]!, r[1] ?? ''])),
    sidesRe: new RegExp(`${WORD_BEFORE}(?:the\\s+)?(?:all\\s+)?(two|both|three|four|five)\\s+(${alternation(sides.keys())})${WORD_AFTER}`, 'iu'),
    sides,
  };
  return cached;
}

// Cues match as written and sentence-initially capitalised, but "May" and "Will" are more often a month and a name.
const NO_CAPITAL = new Set(['may', 'will']);

/** Which status wins when the cues of several are present: "rejected the proposed accord" is rejected. */
export const STATUS_ORDER: Status[] = ['rejected', 'proposed', 'expected', 'concluded'];
