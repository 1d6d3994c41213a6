// The record model: one contract for the store, `extract` and `query --format json`.
// Field names here are the JSON names other tools parse; change them only with a migration and a major version.
import { z } from 'zod';

/** A half-open character range [start, end) into `Article.text` (JavaScript string indices). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');

export const ArticleSchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: IsoDate.nullable(),
  text: z.string(),
  /** Photo captions and credits: their mentions count, but no quote or agreement is taken from them. */
  captions: z.array(SpanSchema).default([]),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ActorKind = z.enum(['person', 'organization', 'country', 'place']);
export type ActorKind = z.infer<typeof ActorKind>;

export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  role: z.string().nullable(),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
});
export type Actor = z.infer<typeof ActorSchema>;

/** Fields every evidence-bearing record shares: its span, exact text and the sentence it sits in. */
const Evidence = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Index into the article's sentences (see `sentences` in the extract output). */
  sentence: z.number().int().nonnegative(),
};

export const MentionSchema = z.object({
  actor: z.string(),
  ...Evidence,
});
export type Mention = z.infer<typeof MentionSchema>;

export const DateType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const Granularity = z.enum([
  'time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'duration', 'set', 'ref',
]);
export const DateMod = z.enum(['START', 'END', 'MID', 'APPROX', 'BEFORE', 'AFTER', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'LESS_THAN', 'MORE_THAN']);

export const DateRefSchema = z.object({
  ...Evidence,
  type: DateType,
  /** TIMEX3 value: 2026-05-27, 2026-04, 2025, 2020-FA, XXXX-04-20, P3D, PRESENT_REF ... */
  value: z.string(),
  granularity: Granularity,
  mod: DateMod.nullable().default(null),
  /** First and last ISO day of a DATE value's interval; null when the value is partial or not a date. */
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** The rule that produced this date, so a wrong result can be traced in seconds. */
  rule: z.string(),
});
export type DateRef = z.infer<typeof DateRefSchema>;

export const QuoteSchema = z.object({
  ...Evidence,
  kind: z.enum(['direct', 'reported']),
  speaker: z.string().nullable(),
  /** Where the speaker is named for this quote ("Ushakov", "he", "the Armenian leader"). */
  speaker_start: z.number().int().nonnegative().nullable(),
  speaker_end: z.number().int().nonnegative().nullable(),
  cue: z.string().nullable(),
  date: z.string().nullable(),
  rule: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const AgreementStatus = z.enum(['concluded', 'expected', 'proposed', 'rejected']);

export const AgreementSchema = z.object({
  ...Evidence,
  trigger: z.string(),
  parties: z.array(z.string()),
  subject: z.string().nullable(),
  status: AgreementStatus,
  date: z.string().nullable(),
  rule: z.string(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const EventSchema = z.object({
  ...Evidence,
  kind: z.string(),
  participants: z.array(z.string()),
  place: z.string().nullable(),
  date: z.string().nullable(),
  status: z.string().nullable(),
  rule: z.string(),
});
export type Event = z.infer<typeof EventSchema>;

export const SentenceSchema = SpanSchema.extend({ paragraph: z.number().int().nonnegative() });
export type SentenceSpan = z.infer<typeof SentenceSchema>;

/** Everything extracted from one article: the line `extract` prints, and what `store` writes. */
export const ExtractionSchema = z.object({
  article: ArticleSchema,
  sentences: z.array(SentenceSchema),
  actors: z.array(ActorSchema),
  mentions: z.array(MentionSchema),
  dates: z.array(DateRefSchema),
  quotes: z.array(QuoteSchema),
  agreements: z.array(AgreementSchema),
  events: z.array(EventSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
