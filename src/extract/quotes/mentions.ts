// Fast look-ups over the actor mentions the actor extractor found: by end offset, and backwards from a point.
import type { Actor, Mention } from '../../model.js';
import type { ExtractContext } from '../context.js';

const built = new WeakMap<ExtractContext, MentionIndex>();

export class MentionIndex {
  /** The index of a context's mentions, built once however many extractors ask for it. */
  static of(ctx: ExtractContext): MentionIndex {
    let mi = built.get(ctx);
    if (!mi) built.set(ctx, (mi = new MentionIndex(ctx)));
    return mi;
  }

  /** Mentions sorted by start (then longest first). */
  readonly sorted: Mention[];
  private readonly byEnd = new Map<number, Mention>();
  private readonly byStart = new Map<number, Mention>();
  private readonly actors: Map<string, Actor>;

  constructor(ctx: ExtractContext) {
    this.actors = new Map(ctx.actors.map((a) => [a.id, a]));
    this.sorted = [...ctx.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of this.sorted) {
      const e = this.byEnd.get(m.end);
      if (!e || e.start > m.start) this.byEnd.set(m.end, m);
      const s = this.byStart.get(m.start);
      if (!s || s.end < m.end) this.byStart.set(m.start, m);
    }
  }

  actor(id: string | null | undefined): Actor | undefined {
    return id ? this.actors.get(id) : undefined;
  }

  kind(m: Mention): Actor['kind'] | undefined {
    return this.actors.get(m.actor)?.kind;
  }

  /** The longest mention ending exactly at `end`. */
  endingAt(end: number): Mention | undefined {
    return this.byEnd.get(end);
  }

  /** The longest mention starting exactly at `start`. */
  startingAt(start: number): Mention | undefined {
    return this.byStart.get(start);
  }

  /** Index of the first mention starting at or after `offset`. */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
