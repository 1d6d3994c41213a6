import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates/index.js';
import { dateFor } from '../src/extract/link.js';
import { docOf } from './dates-helpers.js';

function linked(text: string, evidence: string, published: string | null = '2026-05-26'): string | null {
  const doc = docOf(text, published);
  const start = text.indexOf(evidence);
  if (start < 0) throw new Error(`no "${evidence}" in the text`);
  return dateFor(doc, extractDates(doc), { start, end: start + evidence.length })?.text ?? null;
}

describe('dateFor', () => {
  it('takes the date stated in the record\'s own sentence', () => {
    const text = 'Kremlin spokesperson Dmitry Peskov on Thursday confirmed the decision to reporters.';
    expect(linked(text, 'confirmed the decision')).toBe('Thursday');
  });

  it('prefers the nearest of two dates in the sentence', () => {
    const text = 'Pashinyan, who took office in 2018, said on Monday that the border deal would be signed.';
    expect(linked(text, 'the border deal would be signed')).toBe('Monday');
  });

  it('falls back to the nearest earlier date in the same paragraph', () => {
    const text = 'The two leaders met in Moscow on Wednesday. "This means a great deal to us," Pashinyan said.';
    expect(linked(text, 'This means a great deal to us')).toBe('Wednesday');
  });

  it('does not reach into another paragraph', () => {
    const text = 'The two leaders met in Moscow on Wednesday.\n\n"This means a great deal to us," Pashinyan said.';
    expect(linked(text, 'This means a great deal to us')).toBeNull();
  });

  it('does not use a later sentence of the paragraph', () => {
    const text = '"We agreed," Pashinyan said. The talks were held on Wednesday.';
    expect(linked(text, 'We agreed')).toBeNull();
  });

  it('skips durations, sets and vague references', () => {
    const text = 'Armenia has been building ties for years and is now negotiating every month, the minister recently said.';
    expect(linked(text, 'the minister recently said')).toBeNull();
  });

  it('never falls back to the publication date', () => {
    expect(linked('"It simply will not work," Ushakov said.', 'It simply will not work')).toBeNull();
  });

  it('links a partial date when there is no publication date', () => {
    const text = 'Putin and Pashinyan agreed, during their meeting Wednesday at the Kremlin, that Russia would withdraw.';
    const doc = docOf(text, null);
    const start = text.indexOf('agreed');
    const d = dateFor(doc, extractDates(doc), { start, end: start + 6 });
    expect(d?.value).toBe('XXXX-WXX-3');
  });
});
