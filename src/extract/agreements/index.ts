import type { Doc } from '../../analyse/document.js';
import type { Agreement } from '../../model.js';
import type { ExtractContext } from '../context.js';

export function extractAgreements(_doc: Doc, _ctx: ExtractContext): Agreement[] {
  return [];
}
