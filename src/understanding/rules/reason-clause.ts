import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { set } from './slots-words.js';
import { beforeRefTail } from './request-ref.js';

/** Words that open the client's reason after a comma: "annulla l'F24, lo faccio io", "drop the letter, I'll write it". */
const REASON_OPENERS: Record<Lang, ReadonlySet<string>> = {
  it: set('lo la li le ci ne me te non ormai tanto'),
  en: set("i i'll i'm it it's we we'll no not"),
};

/**
 * A clause of its own after the comma: "il proprietario nn può", "ha la febbre", "the client can't": a negation or a
 * finite verb within its first words.
 */
const CLAUSE_VERBS: Record<Lang, ReadonlySet<string>> = {
  it: set('non ha hanno è sta stanno può puo possono deve devono viene vengono riesce riescono ho abbiamo'),
  en: set("can't cannot won't isn't is has have had can couldn't"),
};
const CLAUSE_REACH = 3;

function opensReason(tokens: readonly Token[], lang: Lang, indices: number[], k: number): boolean {
  const near = indices.slice(k + 1, k + 1 + CLAUSE_REACH).map((i) => tokens[i]);
  const next = near.map((t) => t?.norm ?? '');
  // "è" folds to "e" ("and"): only the accent the client typed makes it the verb
  const verbs = near.map((t) => (t?.raw.toLowerCase() === 'è' ? 'è' : (t?.norm ?? '')));
  return REASON_OPENERS[lang].has(next[0] ?? '') || verbs.some((w) => CLAUSE_VERBS[lang].has(w));
}

/**
 * The token indices of a cancel's target up to a comma that opens the client's reason for the change; with
 * `fromStart`, a reason right at the start (after the verb: "annullala, ha la febbre") leaves nothing.
 */
export function beforeReason(tokens: readonly Token[], lang: Lang, indices: number[], fromStart = false): number[] {
  const cut = indices.findIndex(
    (i, k) => (fromStart || k > 0) && tokens[i]?.norm === ',' && opensReason(tokens, lang, indices, k),
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

/**
 * What a cancel or move is about among the request's tokens `all`: what follows the verb up to a reason, or, when
 * only a reason follows it ("la guida di giovedì annullala, ha la febbre"), what precedes the verb.
 */
export function targetIndices(
  tokens: readonly Token[],
  lang: Lang,
  all: number[],
  head: { first: number; last: number } | undefined,
): number[] {
  // "cancel the expo registration, request 3390": the number names the item again, it is no part of it
  if (head === undefined) return beforeReason(tokens, lang, beforeRefTail(tokens, all, lang));
  const after = beforeReason(
    tokens,
    lang,
    beforeRefTail(
      tokens,
      all.filter((i) => i > head.last),
      lang,
    ),
    true,
  );
  const said = after.some((i) => tokens[i]?.kind !== 'punct');
  return beforeReason(tokens, lang, said ? after : all.filter((i) => i < head.first));
}
