import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { render } from './slots-render.js';
import { lookupVerb } from './verbs.js';
import { PUNCT_EDGE } from './slots-words.js';

/**
 * The edges of a free text a client would not want read back (texts 21): trailing emoji, a polite
 * question tail (", can you?", ", puoi?"), an opening "c'è" / "there's", and an Italian order on an
 * item named before it ("la polizza scade il 20, rinnovala tu" -> "rinnovare la polizza").
 */

/** "🐶", "🗑️", "👍🏻": a token made of emoji only */
export const isEmojiOnly = (token: Token | undefined): boolean =>
  token !== undefined && /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+$/u.test(token.raw);

/** a comma or stop, or emoji, at either end of a text */
export const isEdge = (token: Token | undefined): boolean =>
  token !== undefined && (PUNCT_EDGE.has(token.norm) || isEmojiOnly(token));

/** "I must go to the dentist", "going to the bank": the going is the client's, the place the event */
export const goingTo = (word: string, next: string): boolean => (word === 'go' || word === 'going') && next === 'to';

/** Italian polite questions closing an order after a comma: "…, puoi?", "…, potresti?" */
const POLITE_IT = new Set(['puoi', 'potresti', 'riesci', 'riusciresti', 'puo', 'potrebbe']);
/** English modals before "you" closing an order after a comma: "…, can you?", "…, could you" */
const MODALS_EN = new Set(['can', 'could', 'would', 'will']);

/**
 * How many words at the end of `norms` are a polite question tail after a comma (0 when none):
 * "dentist, can you" -> 2, "dentista, puoi" -> 1; "dire che non puoi" keeps its words.
 */
export function politeTailLength(norms: readonly string[], lang: Lang): number {
  const n = norms.length;
  const length =
    lang === 'it'
      ? POLITE_IT.has(norms[n - 1] ?? '')
        ? 1
        : 0
      : norms[n - 1] === 'you' && MODALS_EN.has(norms[n - 2] ?? '')
        ? 2
        : 0;
  return length > 0 && norms[n - 1 - length] === ',' ? length + 1 : 0;
}

/** "c'è", "c è", "there's", "there is" opening a text: how many words it takes (0 when none) */
export function thereIsLength(first: string, second: string): number {
  if (first === "c'" && second === 'e') return 2;
  if (first === 'there' && (second === "'s" || second === 'is')) return 2;
  return 0;
}

/** who does it, closing an order: "rinnovala tu", "pagalo voi" */
const DOERS = new Set(['tu', 'voi']);

/** "rinnovala", "pagalo": an Italian imperative with its object pronoun, as an infinitive */
function orderWithPronoun(word: string): string | undefined {
  const parts = /^(\p{L}{2,})([ai])(l[aoie])$/u.exec(word);
  if (parts === null) return undefined;
  const known = lookupVerb(word, 'it') ?? lookupVerb(`${parts[1]}${parts[2]}`, 'it');
  if (known !== undefined) return known.reported === true ? undefined : known.lemma;
  return parts[2] === 'a' ? `${parts[1]}are` : undefined;
}

interface Rendered {
  text: string;
  tokens: readonly Token[];
  lang: Lang;
}

/**
 * "la polizza, rinnovala tu" (what is left once the deadline is read): the order's infinitive with the
 * item it points back to, "rinnovare la polizza"; undefined when the text is not an item then an order.
 */
export function orderOnItem(input: Rendered, indices: readonly number[]): string | undefined {
  if (input.lang !== 'it') return undefined;
  const norm = (i: number): string => input.tokens[i]?.norm ?? '';
  const comma = indices.findIndex((i) => norm(i) === ',');
  if (comma <= 0) return undefined;
  const order = indices.slice(comma + 1).filter((i) => !DOERS.has(norm(i)) && input.tokens[i]?.kind !== 'punct');
  if (order.length !== 1) return undefined;
  const lemma = orderWithPronoun(norm(order[0]!));
  return lemma === undefined ? undefined : `${lemma} ${render(input, indices.slice(0, comma))}`;
}

/**
 * "put in the dentist for tues", "book me in for a cut": the particle right after "put"/"book" (and "me") is the
 * verb's, no part of the title.
 */
export function filingParticle(
  tokens: readonly Token[],
  head: { last: number; verb?: { cls: string } | undefined } | undefined,
  indices: readonly number[],
): boolean {
  if (head === undefined || !['put', 'book'].includes(head.verb?.cls ?? '')) return false;
  const first = indices[0];
  return first !== undefined && first <= head.last + 2 && tokens[first]?.norm === 'in';
}
