// The agreement extractor's word lists, compiled once per process from src/lexicons/agreement-*.txt.
import { lexicon, listField, wordSet } from '../../lexicons/load.js';
import { alternation } from '../quotes/lexicon.js';
import { PhraseMatcher } from '../quotes/phrases.js';
import { CuePhrases } from './cues.js';
import type { ActorKind } from '../../model.js';

export type TriggerFrame = 'alone' | 'noun' | 'object' | 'upgrade' | 'acquire' | 'broker' | 'settle';
export type Status = 'concluded' | 'expected' | 'proposed' | 'rejected';

export interface AgreementLexicon {
  /** Trigger verb forms and agreement nouns together, in any case: one scan of the text finds both. */
  phrases: PhraseMatcher;
  /** Every trigger verb form, as written (verbs match case-sensitively: "Seal" may be a name). */
  frames: Map<string, TriggerFrame>;
  /** Every agreement noun, lower-case. */
  nounSet: Set<string>;
  /** Offers and talks, lower-case: agreements only as what a side refuses or puts forward ("turned down a bid"). */
  weakNouns: Map<string, 'offer' | 'talks'>;
  /** Money lent, whose borrower after "for" or "to" is a party ("a loan for Pakistan"), lower-case. */
  lendNouns: Set<string>;
  /** Plain negations among the rejection cues, lower-case: they reject no offer or talks. */
  negations: Set<string>;
  /** After an agreement noun: "to supply liquefied natural gas to", whose next names are the other side. */
  supplyRe: RegExp;
  /** "The two countries also", "Both sides", "The partners": a subject that refers back to the sides of an agreement. */
  backRefRe: RegExp;
  /** Nouns of business deals whose object is a party ("the takeover of ..."), lower-case. */
  acquireNouns: Set<string>;
  /** Right after "settle": a dispute within a few words ("settled the long-running lawsuit"). */
  disputeRe: RegExp;
  /** Right after an upgrade verb: "to the level of strategic partnership". */
  levelRe: RegExp;
  /** Status cues; when cues of several statuses are present, the first in STATUS_ORDER wins. */
  status: CuePhrases<Status>;
  /** The auxiliary chain before a trigger verb that belongs to the trigger phrase. */
  auxRe: RegExp;
  /**
   * The last word of every auxiliary, lower-case: the word before a trigger must be one of them for `auxRe` to
   * match there. Null when an auxiliary ends in other than ASCII letters and digits, and the check cannot be made.
   */
  auxLastWords: Set<string> | null;
  /** Only auxiliaries between a refusal or an offer and the trigger verb: "declined [to] join", "offered to sign". */
  auxOnlyRe: RegExp;
  /** Phrases after which the names are mediators, hosts or sources, not parties ("mediated by", "according to"). */
  nonParties: CuePhrases<string>;
  /** "the two countries", "both companies", "the three countries": how many, and the plural noun (the kinds it refers back to). */
  sidesRe: RegExp;
  sides: Map<string, ActorKind[]>;
  /** "the company", "the ministry" right before a trigger: the kind of actor it refers back to. */
  definiteRe: RegExp;
  definites: Map<string, ActorKind>;
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
  const nounRows = lexicon('agreement-nouns');
  const nouns = nounRows.map((r) => r[0]!);
  const ofKind = (kind: string): string[] => nounRows.filter((r) => r[1] === kind).map((r) => r[0]!.toLowerCase());
  const weakNouns = new Map<string, 'offer' | 'talks'>([
    ...ofKind('offer').map((n): [string, 'offer'] => [n, 'offer']),
    ...ofKind('talks').map((n): [string, 'talks'] => [n, 'talks']),
  ]);
  const levels = [...wordSet('agreement-levels')];
  const aux = [...wordSet('agreement-aux')];
  const sides = new Map(lexicon('agreement-sides').map(([noun, kinds]) => [noun!, listField(kinds) as ActorKind[]]));
  const sideNouns = alternation(sides.keys());
  const definites = new Map(lexicon('agreement-definites').map(([noun, kind]) => [noun!, kind as ActorKind]));
  cached = {
    phrases: new PhraseMatcher([...frames.keys(), ...nouns], true),
    frames,
    nounSet: new Set(nouns.map((n) => n.toLowerCase()).filter((n) => !weakNouns.has(n))),
    weakNouns,
    lendNouns: new Set(ofKind('lend')),
    negations: wordSet('agreement-negations', true),
    supplyRe: new RegExp(`^\\s+to\\s+(?:${alternation(wordSet('agreement-supply'))})${WORD_AFTER}(?:\\s+[\\p{L}\\p{N}$€£%.’'-]+){0,8}?\\s+to\\s+`, 'u'),
    backRefRe: new RegExp(`(?:^|\\s)(?:[Tt]hey|[Bb]oth(?:\\s+(?:${sideNouns}))?|[Tt]he\\s+(?:(?:two|three|four|five)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?(?:${sideNouns}))`
      + `\\s+(?:(?:also|then|later|further|have|had|jointly|finally|eventually)\\s+){0,2}$`, 'u'),
    acquireNouns: new Set(ofKind('acquire')),
    // "upgraded [their ties] to [the level of] [a] comprehensive strategic partnership"
    levelRe: new RegExp(`^(?:\\s+(?:their|its|the|bilateral|diplomatic)){0,2}(?:\\s+(?:ties|relations|relationship))?`
      + `\\s+to\\s+(?:the\\s+)?(?:level\\s+of\\s+)?(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(levels)})${WORD_AFTER}`, 'iu'),
    status: new CuePhrases(lexicon('agreement-status').flatMap(([status, cues]) =>
      listField(cues).map((cue): [string, Status] => [cue, status as Status])), NO_CAPITAL),
    auxRe: new RegExp(`(?:${WORD_BEFORE}(?:${alternation(aux)})\\s+)+$`, 'iu'),
    auxLastWords: lastWords(aux),
    auxOnlyRe: new RegExp(`^\\s+(?:(?:${alternation(aux)})\\s+)*$`, 'iu'),
    nonParties: new CuePhrases(lexicon('agreement-non-parties').map((r): [string, string] => [r[0]!, r[1] ?? ''])),
    sidesRe: new RegExp(`${WORD_BEFORE}(?:the\\s+)?(?:all\\s+)?(two|both|three|four|five)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${sideNouns})${WORD_AFTER}`, 'iu'),
    sides,
    disputeRe: new RegExp(`^(?:\\s+(?!(?:in|into|on|at|down|back|any|for|as)\\s)[\\p{L}\\p{N}$€£%.’'-]+){0,4}?\\s+(?:${alternation(wordSet('agreement-disputes'))})${WORD_AFTER}`, 'u'),
    // "the company", "the state-owned company", "the Danish company": up to two words of description.
    definiteRe: new RegExp(`${WORD_BEFORE}[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?(${alternation(definites.keys())})\\s*$`, 'u'),
    definites,
  };
  return cached;
}

function lastWords(phrases: string[]): Set<string> | null {
  const last = phrases.map((p) => p.toLowerCase().split(/\s+/u).filter(Boolean).at(-1) ?? '');
  return last.every((w) => /^[a-z0-9]+$/.test(w)) ? new Set(last) : null;
}

// Cues match as written and sentence-initially capitalised, but "May" and "Will" are more often a month and a name.
const NO_CAPITAL = new Set(['may', 'will']);

/** Which status wins when the cues of several are present: "rejected the proposed accord" is rejected. */
export const STATUS_ORDER: Status[] = ['rejected', 'proposed', 'expected', 'concluded'];
