// TODO(lead): switch to `dateFor` from src/extract/link.ts once the date engineer lands it; this stand-in keeps
// the quote and agreement extractors compiling and returns no date.
import type { Doc } from '../../analyse/document.js';
import type { DateRef, Span } from '../../model.js';

export function dateFor(_doc: Doc, _dates: DateRef[], _span: Span): string | null {
  return null;
}
