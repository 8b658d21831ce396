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
