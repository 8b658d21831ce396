import type { Intent } from '../contract.js';
import type { Token } from '../normalize.js';
import type { TimeMatch } from './spec.js';

/**
 * A booking's length comes only from an amount said about it: with a preposition ("per 2 ore", "for an
 * hour", "a 2h call"), or standing on its own next to the booking's time or alone in its clause
 * ("riunione 2 ore giovedì", "meeting thursday at 3, 2 hours"). An amount inside other words is about
 * something else ("ci vogliono 2 ore di macchina", "slept an hour less", "it takes 2 hours to drive").
 * Returns a booking's matches without such amounts (other intents' as they are). Pure.
 */
export function withoutStrayAmounts(matches: TimeMatch[], tokens: readonly Token[], intent: Intent): TimeMatch[] {
  if (intent !== 'booking') return matches;
  const timeAt = (i: number, edge: 'first' | 'last') =>
    matches.some((m) => m.component.kind !== 'amount' && m[edge] === i);
  const boundary = (i: number) => tokens[i] === undefined || tokens[i].kind === 'punct';
  const own = (m: TimeMatch) => {
    if (m.prep !== undefined) return true;
    const after = m.last + 1;
    const timeAfter = timeAt(after, 'first');
    return (boundary(after) || timeAfter) && (boundary(m.first - 1) || timeAt(m.first - 1, 'last') || timeAfter);
  };
  return matches.filter((m) => m.component.kind !== 'amount' || own(m));
}
