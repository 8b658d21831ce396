import type { Token } from '../normalize.js';

/** Words saying something is over: "udienza finita", "finita la riunione", "meeting's over", "done with the bank". */
const ENDED: ReadonlySet<string> = new Set([
  'finita',
  'finito',
  'finite',
  'finiti',
  'terminata',
  'terminato',
  'conclusa',
  'concluso',
  'over',
  'done',
  'finished',
  'ended',
]);
/** how many words the clause of what ended may have before its comma */
const ENDED_REACH = 6;

/**
 * "udienza finita, ci sono di nuovo", "meeting's over, I'm back": a clause that only says what ended,
 * closed by a comma, opens a status like a greeting does; where the status starts after it, or `from`.
 */
export function pastEndedClause(tokens: readonly Token[], from: number): number {
  const comma = tokens.findIndex((t, j) => j > from && j <= from + ENDED_REACH && t.norm === ',');
  if (comma < 0) return from;
  const clause = tokens.slice(from, comma);
  return clause.some((t) => ENDED.has(t.norm)) && clause.every((t) => t.kind !== 'number') ? comma + 1 : from;
}
