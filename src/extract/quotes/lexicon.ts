// The quote extractor's word lists, compiled once per process from src/lexicons/*.txt.
import { lexicon, listField, wordSet } from '../../lexicons/load.js';
import type { ActorKind } from '../../model.js';
import { PhraseMatcher, WordTable } from './phrases.js';

export type SpeechFrame = 'bare' | 'object' | 'that' | 'source';

export interface SpeechForm {
  lemma: string;
  frame: SpeechFrame;
}

export interface RoleNoun {
  /** Words that, found in an actor's role or name, show the description fits it; empty: any actor of the kind. */
  synonyms: string[];
  kind: ActorKind;
}

export interface QuoteLexicon {
  /** Every speech-verb form. Case-sensitive on purpose: "Said" mid-sentence is usually a name, not the verb. */
  cues: PhraseMatcher;
  forms: Map<string, SpeechForm>;
  /** `forms` again, looked up at a word of the text without cutting it out. */
  formWords: WordTable<SpeechForm>;
  gapWords: Set<string>;
  roles: Map<string, RoleNoun>;
  reportingNouns: Set<string>;
  namingCues: string[];
}

let cached: QuoteLexicon | undefined;

const FRAMES = new Set<SpeechFrame>(['bare', 'object', 'that', 'source']);

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of phrases, longest first, where spaces match any run of white space. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+')).join('|');
}

export function quoteLexicon(): QuoteLexicon {
  if (cached) return cached;
  const forms = new Map<string, SpeechForm>();
  for (const [lemma, formList, frame] of lexicon('speech-verbs')) {
    const f = (frame ?? 'that') as SpeechFrame;
    if (!lemma || !FRAMES.has(f)) continue;
    for (const form of listField(formList)) forms.set(form, { lemma, frame: f });
  }
  const roles = new Map<string, RoleNoun>();
  for (const [head, synonyms, kind] of lexicon('speaker-roles')) {
    if (head) roles.set(head.toLowerCase(), { synonyms: listField(synonyms).map((s) => s.toLowerCase()), kind: (kind ?? 'person') as ActorKind });
  }
  const formWords = new WordTable<SpeechForm>();
  for (const [form, entry] of forms) formWords.set(form, entry);
  cached = {
    cues: new PhraseMatcher(forms.keys()),
    forms,
    formWords,
    gapWords: wordSet('speech-gap'),
    roles,
    reportingNouns: wordSet('reporting-nouns', true),
    namingCues: lexicon('quote-naming-cues').map((r) => r[0]!.toLowerCase()),
  };
  return cached;
}
