import type { Lang } from '../contract.js';
import { detectLanguageOfTokens } from '../lang.js';
import { normalizeTokens, tokenize, type Token } from '../normalize.js';
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

const ASKING: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will']);
const YOU: ReadonlySet<string> = new Set(['you', 'u', 'ye', 'ya']);

/** Whether a second request starts at token i: a join, maybe a few light words, then a verb not naming an event ("call with…"). */
export function opensRequest(tokens: readonly Token[], i: number, lang: Lang): boolean {
  // "… at 11 can you put that in": an English question to the office needs no join
  const asks = lang === 'en' && ASKING.has(tokens[i]?.norm ?? '') && YOU.has(tokens[i + 1]?.norm ?? '');
  if (!JOINS[lang].has(tokens[i]?.norm ?? '') && !asks) return false;
  let j = asks ? i + 2 : i + 1;
  while (j < i + 3 && BETWEEN.has(tokens[j]?.norm ?? '')) j++;
  const verb = lookupVerb(tokens[j]?.norm ?? '', lang);
  // "lunch with Anna and Mark": a capital after the join writes a name, not an order
  if (verb === undefined || verb.reported === true || /^\p{Lu}/u.test(tokens[j]?.raw ?? '')) return false;
  const next = tokens[j + 1];
  return next !== undefined && !WITH[lang].has(next.norm);
}

/** The indices before a second request joined to the first, all of them when none is. */
export function beforeTailRequest(tokens: readonly Token[], indices: readonly number[], lang: Lang): number[] {
  const cut = indices.findIndex((i, k) => k > 0 && opensRequest(tokens, i, lang));
  return cut < 0 ? [...indices] : indices.slice(0, cut);
}

/**
 * The client's own words of a second request joined to the first ("ricordami di confermare"), for
 * the conversation to say what it did not act on; undefined when the message holds one request.
 */
export function tailRequestWords(text: string, fallback: Lang): string | undefined {
  const raw = tokenize(text);
  const lang = detectLanguageOfTokens(raw, fallback);
  const tokens = normalizeTokens(raw, lang);
  const join = tokens.findIndex((_, i) => i > 0 && opensRequest(tokens, i, lang));
  let from = join + 1;
  // "e poi chiama il ristorante": the words of the request start at its verb's lead, not at "poi"
  while (JOINS[lang].has(tokens[from]?.norm ?? '')) from++;
  const first = join < 0 ? undefined : tokens[from];
  const words = first === undefined ? '' : text.slice(first.start).replace(/[\s.!?,;]+$/u, '');
  return words.length > 0 ? words : undefined;
}
