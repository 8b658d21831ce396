import type { Token } from '../normalize.js';

/**
 * "drop off the parcel at the post office", "drop the keys at 22 Elm Rd", "can someone drop the contract round to
 * Jim's": "drop" taking something somewhere is a delivery for the office, never a cancel ("drop my 3pm", "drop the
 * dinner on friday" stay cancels). A place word (off, round, over, into, at/to before a word that is no time) within
 * a few words of the verb says so.
 */
export function dropsOff(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  lemma: string,
  after: number,
): boolean {
  if (lemma !== 'drop') return false;
  for (let j = after; j < after + REACH && j < tokens.length; j++) {
    const norm = tokens[j]!.norm;
    if (PARTICLES.has(norm)) return true;
    if (PLACES.has(norm) && tokens[j + 1] !== undefined && tokens[j + 1]!.kind !== 'punct' && consumed[j + 1] !== true)
      return true;
  }
  return false;
}

const REACH = 5;
const PARTICLES: ReadonlySet<string> = new Set(['off', 'round', 'over', 'into']);
const PLACES: ReadonlySet<string> = new Set(['at', 'to']);
