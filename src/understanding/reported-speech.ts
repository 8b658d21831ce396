import type { Token } from './normalize.js';

/** A verb telling someone something, as written: "dille", "avvisa", "fagli sapere", "tell", "let … know". */
const TELLING =
  /^(?:di|di'|dì|dille|digli|dirgli|dirle|ditegli|ditele|dica|dicano|avvis\p{L}*|inform\p{L}*|comunic\p{L}*|spieg\p{L}*|scriv\p{L}*|ricordagli|ricordale|ricordategli|sapere|tell|say|explain|text|message|write|know|remind)$/u;
const THAT: ReadonlySet<string> = new Set(['che', 'that']);
/** How many words may stand between the telling verb and "che"/"that": "di' a Marco che", "let the client know that". */
const REACH = 4;

/**
 * Where the words the office must pass on begin: "chiama Rinaldi e dille che l'udienza è spostata
 * al 15 gennaio" holds a date that is the news, not when the call is due. Undefined when the
 * message passes nothing on.
 */
export function reportedContentStart(tokens: readonly Token[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!TELLING.test(tokens[i]?.raw.toLowerCase() ?? '')) continue;
    for (let j = i + 1; j <= i + REACH && j < tokens.length; j++) {
      if (THAT.has(tokens[j]?.norm ?? '')) return j + 1;
      if (tokens[j]?.kind === 'punct') break;
    }
  }
  return undefined;
}
