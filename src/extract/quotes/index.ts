import type { Doc } from '../../analyse/document.js';
import type { Quote } from '../../model.js';
import type { ExtractContext } from '../context.js';

export function extractQuotes(_doc: Doc, _ctx: ExtractContext): Quote[] {
  return [];
}
