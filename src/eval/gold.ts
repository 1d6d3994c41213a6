// The gold format for whole articles (the format of ../shared/gold): what a perfect extractor finds.
import { z } from 'zod';

const Named = z.object({ name: z.string(), aliases: z.array(z.string()).default([]) }).passthrough();

export const GoldArticleSchema = z.object({
  file: z.string(),
  format: z.string().optional(),
  published_override: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  byline: z.string().nullable().optional(),
  url_in_file: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  outlet_in_text: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  people: z.array(Named.extend({ role: z.string().nullable().optional(), country: z.string().nullable().optional() })).optional(),
  organizations: z.array(Named).optional(),
  countries: z.array(z.string()).optional(),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), kind: z.enum(['direct', 'indirect']) }).passthrough()).optional(),
  agreements: z.array(z.object({
    parties: z.array(z.string()),
    trigger: z.string(),
    status: z.string(),
    date: z.string().nullable().optional(),
    evidence: z.string(),
    /** Other sentences that report the same agreement: a record on one of them is not an error. */
    other_mentions: z.array(z.object({ evidence: z.string() }).passthrough()).optional(),
  }).passthrough()).optional(),
  dates: z.array(z.object({ text: z.string(), value: z.string(), type: z.string() }).passthrough()).optional(),
}).passthrough();

export type GoldArticle = z.infer<typeof GoldArticleSchema>;
