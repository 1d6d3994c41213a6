import type { Doc } from '../../analyse/document.js';
import type { DateRef } from '../../model.js';

/** Every temporal expression in the document, normalized against its publication date. */
export function extractDates(_doc: Doc): DateRef[] {
  return [];
}
