import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { ABBREVIATIONS, SHORTHAND } from './slots-words.js';

/** What a free text is cut from: the client's words, their tokens, the language. */
interface Rendered {
  text: string;
  tokens: readonly Token[];
  lang: Lang;
}

/** "riun. condominio": the stop right after an abbreviation ends no sentence */
export function abbreviationStop(input: Rendered, i: number): boolean {
  const before = input.tokens[i - 1];
  return (
    input.tokens[i]?.norm === '.' &&
    before !== undefined &&
    before.end === input.tokens[i]!.start &&
    ABBREVIATIONS[input.lang].has(before.raw.toLowerCase())
  );
}

export function render(
  input: Rendered,
  indices: readonly number[],
  replace: ReadonlyMap<number, string> = new Map(),
): string {
  let out = '';
  let written: number | undefined;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] ?? 0;
    const token = input.tokens[i];
    if (token === undefined) continue;
    // "appunt. dal notaio": the stop closing an abbreviation written out goes with it
    if (written === i - 1 && abbreviationStop(input, i)) continue;
    const prev = k > 0 ? (indices[k - 1] ?? -1) : -1;
    const prevToken = input.tokens[prev];
    // a dictated "virgola" is written as the comma it stands for
    const dictated = token.kind === 'punct' && /\p{L}/u.test(token.raw) ? token.norm : undefined;
    if (k > 0 && prevToken !== undefined && dictated === undefined) {
      // adjacent tokens keep the client's spacing ("l'architetto", "Marta's", "e-commerce")
      // a gap closes up before a comma or a stop: "dentista, studio dr Palmisano"
      const gap = /^[,.;:!?)]$/.test(token.norm) ? '' : ' ';
      out += prev === i - 1 ? (input.text.slice(prevToken.end, token.start).length > 0 ? ' ' : '') : gap;
    }
    const expanded = ABBREVIATIONS[input.lang].get(token.raw.toLowerCase());
    written = expanded === undefined ? undefined : i;
    out +=
      replace.get(i) ??
      dictated ??
      SHORTHAND[input.lang].get(token.raw === token.raw.toLowerCase() ? token.raw : '') ??
      expanded ??
      input.text.slice(token.start, token.end);
  }
  return out;
}
