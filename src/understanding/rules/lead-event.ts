import type { Token } from '../normalize.js';

/**
 * "remind me the night before the elopement to charge the batteries", "ricordami il giorno prima della gara di
 * gonfiare le gomme": the event a lead comes before is no part of what to do; the words after the lead up to
 * "to"/"di" name it. Returns the words from the action on, or the words as they were.
 */
export function afterLeadEvent(tokens: readonly Token[], indices: readonly number[]): readonly number[] {
  const first = indices[0];
  if (first === undefined || !LEADS.has(tokens[first - 1]?.norm ?? '')) return indices;
  const to = indices.findIndex((i, k) => k > 0 && k <= EVENT_REACH && OPENS_ACTION.has(tokens[i]?.norm ?? ''));
  const event = indices.slice(0, Math.max(to, 0));
  if (to < 0 || to + 1 >= indices.length || event.some((i) => tokens[i]?.kind === 'punct')) return indices;
  return indices.slice(to + 1);
}

const LEADS: ReadonlySet<string> = new Set(['before', 'prima', 'after', 'dopo']);
const OPENS_ACTION: ReadonlySet<string> = new Set(['to', 'di', "d'"]);
const EVENT_REACH = 5;
