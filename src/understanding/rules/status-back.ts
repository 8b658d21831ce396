import type { Analysis } from '../analyze.js';
import type { Lang } from '../contract.js';
import { phrases, type Phrase } from './status-cues.js';

/**
 * "sono di nuovo in studio", "rientrata in negozio", "back at the office", "back in the shop": the client back at a
 * place of work is available again, whatever the place (leftovers 19); read by status.ts when no fixed phrase is.
 */
const BACK_LEADS: Record<Lang, Phrase[]> = {
  it: phrases('it', [
    'sono di nuovo',
    'di nuovo',
    'sono rientrato',
    'sono rientrata',
    'rientrato',
    'rientrata',
    'sono tornato',
    'sono tornata',
    'tornato',
    'tornata',
  ]),
  en: phrases('en', ["i'm back", 'i am back', 'back']),
};
const PLACE_PREPS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['in', 'a', 'al', 'alla', 'allo', "all'", 'nel', 'nella', 'nello', "nell'", 'dal', 'dalla']),
  en: new Set(['at', 'in', 'to']),
};
/** how many words the place may take */
const PLACE_REACH = 3;

export function backAtPlace(analysis: Analysis, i: number): { kind: 'available'; length: number } | undefined {
  const { tokens, consumed, lang } = analysis;
  const lead = BACK_LEADS[lang].find((p) => p.every((word, k) => tokens[i + k]?.norm === word && !consumed[i + k]));
  if (lead === undefined) return undefined;
  const prep = i + lead.length;
  if (!PLACE_PREPS[lang].has(tokens[prep]?.norm ?? '') || consumed[prep]) return undefined;
  let end = prep + 1;
  while (end < tokens.length && end <= prep + PLACE_REACH && tokens[end]!.kind === 'word' && !consumed[end]) end++;
  const closes = end === tokens.length || tokens[end]!.kind === 'punct';
  return closes && end > prep + 1 ? { kind: 'available', length: end - i } : undefined;
}
