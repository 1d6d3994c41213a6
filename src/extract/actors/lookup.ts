// Look-ups for the extractors that run after actors (quotes need speakers, agreements need parties).
import type { Actor, Mention } from '../../model.js';
import type { ActorResult } from './index.js';

/** The actor mentioned at `offset` (the innermost mention covering it), or null. */
export function actorAt(result: ActorResult, offset: number): Actor | null {
  let best: Mention | null = null;
  for (const m of result.mentions) {
    if (m.start > offset) break;
    if (offset < m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best ? actorById(result, best.actor) : null;
}

/** Mentions lying wholly inside [start, end), in text order. */
export function mentionsIn(result: ActorResult, start: number, end: number): Mention[] {
  return result.mentions.filter((m) => m.start >= start && m.end <= end);
}

export function actorById(result: ActorResult, id: string): Actor | null {
  return result.actors.find((a) => a.id === id) ?? null;
}

/** The actor whose name or an alias equals `name`, case- and accent-insensitively. */
export function actorNamed(result: ActorResult, name: string): Actor | null {
  const f = fold(name);
  return result.actors.find((a) => fold(a.name) === f || a.aliases.some((x) => fold(x) === f)) ?? null;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
