import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb } from './verbs.js';

/**
 * "prenota un tavolo da Gino sabato alle 8 e ricordami di confermare", "book Nobu at 8 and send me the
 * menu": a second request joined to the first ("e"/"and"/"poi"/"then" and a verb addressed to the
 * office) is no part of the first one's title.
 */
const JOINS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['e', 'ed', 'poi', 'quindi']),
  en: new Set(['and', 'then', 'also']),
};
const WITH: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['con', 'col', 'coi', 'insieme']),
  en: new Set(['with']),
};
/** Words that may stand between the join and the verb: "e poi ricordami", "and please remind me", "e mi mandi". */
const BETWEEN: ReadonlySet<string> = new Set([
  'poi',
  'anche',
  'mi',
  'ci',
  'then',
  'also',
  'please',
  'pls',
  'can',
  'you',
]);

/** Whether a second request starts at token i: a join, maybe a few light words, then a verb not naming an event ("call with…"). */
export function opensRequest(tokens: readonly Token[], i: number, lang: Lang): boolean {
  if (!JOINS[lang].has(tokens[i]?.norm ?? '')) return false;
  let j = i + 1;
  while (j < i + 3 && BETWEEN.has(tokens[j]?.norm ?? '')) j++;
  const verb = lookupVerb(tokens[j]?.norm ?? '', lang);
  if (verb === undefined || verb.reported === true) return false;
  const next = tokens[j + 1];
  return next !== undefined && !WITH[lang].has(next.norm);
}

/** The indices before a second request joined to the first, all of them when none is. */
export function beforeTailRequest(tokens: readonly Token[], indices: readonly number[], lang: Lang): number[] {
  const cut = indices.findIndex((i, k) => k > 0 && opensRequest(tokens, i, lang));
  return cut < 0 ? [...indices] : indices.slice(0, cut);
}
