import type { Token } from './normalize.js';

/** "…, ma", "…, però", "…, but": a contrast that opens the clause holding the request. */
const CONTRASTS: ReadonlySet<string> = new Set(['ma', 'pero', 'però', 'but', 'tuttavia', 'however']);
/** "dmn è festa quindi martedì ricordami…": a consequence opens it too, comma or not. */
const CONSEQUENCES: ReadonlySet<string> = new Set(['quindi', 'percio', 'perciò', 'dunque']);

/**
 * "allora dmn pranzo dalla nonna quindi nn ci sono, ma lunedì alle 9 ricordami di…", "dmn nn apro ma
 * domenica ricordami…": the index of the last contrast or consequence word before the request's head
 * (`head`), never the first word, -1 when none. What comes before it is the client's context: no part
 * of the request's time or text.
 */
export function contrastBefore(tokens: readonly Token[], head: number | undefined): number {
  if (head === undefined) return -1;
  for (let i = Math.min(head, tokens.length) - 1; i > 0; i--)
    if (CONTRASTS.has(tokens[i]!.norm) || CONSEQUENCES.has(tokens[i]!.norm)) return i;
  return -1;
}
