// Fast look-ups over the actor mentions the actor extractor found: by end offset, and backwards from a point.
import type { Actor, Mention } from '../../model.js';
import type { ExtractContext } from '../context.js';
import { firstWithAtOrAfter } from '../sorted.js';

// Quotes and agreements ask in turn for the index of the same context (ingest runs one article at a time): the
// last one built is kept. A WeakMap of every context costs more, in look-ups and in GC, than it saves.
let last: { ctx: ExtractContext; mi: MentionIndex } | undefined;

const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
const byEnd = (a: Mention, b: Mention): number => a.end - b.end;

/** Whether a (stable) sort by `order` would leave the list as it is. */
function inOrder(list: readonly Mention[], order: (a: Mention, b: Mention) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

export class MentionIndex {
  /** The index of a context's mentions, built once however many extractors ask for it in turn. */
  static of(ctx: ExtractContext): MentionIndex {
    if (ctx !== last?.ctx) last = { ctx, mi: new MentionIndex(ctx) };
    return last.mi;
  }

  /** Mentions sorted by start (then longest first). */
  readonly sorted: readonly Mention[];
  /** The same mentions sorted by end, in `sorted` order among equal ends. Two Maps cost more to build than they save. */
  private readonly byEnd: readonly Mention[];
  private readonly actors: Map<string, Actor>;

  constructor(ctx: ExtractContext) {
    this.actors = new Map();
    for (const a of ctx.actors) this.actors.set(a.id, a);
    // The actor extractor lists its mentions in text order, and they seldom nest: most often neither sort is needed.
    this.sorted = inOrder(ctx.mentions, byStart) ? ctx.mentions : [...ctx.mentions].sort(byStart);
    this.byEnd = inOrder(this.sorted, byEnd) ? this.sorted : [...this.sorted].sort(byEnd);
  }

  actor(id: string | null | undefined): Actor | undefined {
    return id ? this.actors.get(id) : undefined;
  }

  kind(m: Mention): Actor['kind'] | undefined {
    return this.actors.get(m.actor)?.kind;
  }

  /** The longest mention ending exactly at `end`. */
  endingAt(end: number): Mention | undefined {
    const m = this.byEnd[firstWithAtOrAfter(this.byEnd, 'end', end)];
    return m?.end === end ? m : undefined;
  }

  /** The longest mention starting exactly at `start`. */
  startingAt(start: number): Mention | undefined {
    const m = this.sorted[this.firstFrom(start)];
    return m?.start === start ? m : undefined;
  }

  /** Index of the first mention starting at or after `offset`. */
  firstFrom(offset: number): number {
    return firstWithAtOrAfter(this.sorted, 'start', offset);
  }

  /** Mentions lying wholly inside [start, end), in text order. */
  within(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstFrom(start); i < this.sorted.length && this.sorted[i]!.start < end; i++) {
      if (this.sorted[i]!.end <= end) out.push(this.sorted[i]!);
    }
    return out;
  }

  /** The last mention of an actor of `kind` ending at or before `offset` and starting at or after `floor`. */
  lastBefore(offset: number, kind: Actor['kind'], floor = 0): Mention | undefined {
    for (let i = this.firstFrom(offset) - 1; i >= 0; i--) {
      const m = this.sorted[i]!;
      if (m.start < floor) return undefined;
      if (m.end <= offset && this.kind(m) === kind) return m;
    }
    return undefined;
  }
}
