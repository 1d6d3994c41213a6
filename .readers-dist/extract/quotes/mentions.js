export class MentionIndex {
    /** Mentions sorted by start (then longest first). */
    sorted;
    byEnd = new Map();
    byStart = new Map();
    actors;
    constructor(ctx) {
        this.actors = new Map(ctx.actors.map((a) => [a.id, a]));
        this.sorted = [...ctx.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
        for (const m of this.sorted) {
            const e = this.byEnd.get(m.end);
            if (!e || e.start > m.start)
                this.byEnd.set(m.end, m);
            const s = this.byStart.get(m.start);
            if (!s || s.end < m.end)
                this.byStart.set(m.start, m);
        }
    }
    actor(id) {
        return id ? this.actors.get(id) : undefined;
    }
    kind(m) {
        return this.actors.get(m.actor)?.kind;
    }
    /** The longest mention ending exactly at `end`. */
    endingAt(end) {
        return this.byEnd.get(end);
    }
    /** The longest mention starting exactly at `start`. */
    startingAt(start) {
        return this.byStart.get(start);
    }
    /** Index of the first mention starting at or after `offset`. */
    firstFrom(offset) {
        let lo = 0;
        let hi = this.sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.sorted[mid].start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Mentions lying wholly inside [start, end), in text order. */
    within(start, end) {
        const out = [];
        for (let i = this.firstFrom(start); i < this.sorted.length && this.sorted[i].start < end; i++) {
            if (this.sorted[i].end <= end)
                out.push(this.sorted[i]);
        }
        return out;
    }
    /** The last mention of an actor of `kind` ending at or before `offset` and starting at or after `floor`. */
    lastBefore(offset, kind, floor = 0) {
        for (let i = this.firstFrom(offset) - 1; i >= 0; i--) {
            const m = this.sorted[i];
            if (m.start < floor)
                return undefined;
            if (m.end <= offset && this.kind(m) === kind)
                return m;
        }
        return undefined;
    }
}
//# sourceMappingURL=mentions.js.map