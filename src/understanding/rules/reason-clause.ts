import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { set } from './slots-words.js';

/** Words that open the client's reason after a comma: "annulla l'F24, lo faccio io", "drop the letter, I'll write it". */
const REASON_OPENERS: Record<Lang, ReadonlySet<string>> = {
  it: set('lo la li le ci ne me te non ormai tanto'),
  en: set("i i'll i'm it it's we we'll no not"),
};

/** The token indices of a cancel's target up to a comma that opens the client's reason for the change. */
export function beforeReason(tokens: readonly Token[], lang: Lang, indices: number[]): number[] {
  const cut = indices.findIndex(
    (i, k) => k > 0 && tokens[i]?.norm === ',' && REASON_OPENERS[lang].has(tokens[indices[k + 1] ?? -1]?.norm ?? ''),
  );
  return cut < 0 ? indices : indices.slice(0, cut);
}

/** Conjunctions that open the client's reason for a move right after its new time ("spostalo alle 10 che alle 9 ho una cliente"). */
const REASON_CONJUNCTIONS: Record<Lang, ReadonlySet<string>> = {
  it: set('che perche tanto siccome poiche visto dato'),
  en: set('because since cause cos as'),
};

/**
 * The token indices of a move's target up to a conjunction said right after a time word, which
 * opens the reason ("spostalo alle 10 che alle 9 ho la prima cliente"); after a noun, "che" is a
 * relative clause and part of the item ("la riunione che ho giovedì").
 */
export function beforeReasonAfterTime(
  tokens: readonly Token[],
  lang: Lang,
  indices: number[],
  timeWords: readonly boolean[] | undefined,
): number[] {
  if (timeWords === undefined) return indices;
  const cut = indices.findIndex(
    (i) => REASON_CONJUNCTIONS[lang].has(tokens[i]?.norm ?? '') && timeWords[i - 1] === true,
  );
  return cut < 0 ? indices : indices.slice(0, cut);
}

/** "anche", "pure", "also" and a pointing "quella/quello" before what a cancel or a move names. */
const POINTERS: Record<Lang, ReadonlySet<string>> = {
  it: set('anche pure quella quello quelle quelli'),
  en: set('also'),
};

/** "lascia stare anche quella dell'idraulico": the item is the plumber's, without the words pointing at it. */
export function withoutPointers(tokens: readonly Token[], lang: Lang, indices: number[]): number[] {
  let from = 0;
  while (from < indices.length && POINTERS[lang].has(tokens[indices[from]!]?.norm ?? '')) from++;
  return indices.slice(from);
}
