import { phraseAt, type Scan } from './intent-scan.js';
import type { Lang } from '../contract.js';
import { set, words } from './slots-words.js';

/**
 * "lascia perdere l'F24 di Bianchi", "forget about the letter": dropping something named (an
 * article follows) cancels it; said alone, the words only drop a question (clarify.ts).
 */
export function dropsNamedItem(s: Scan, i: number): number {
  const length = phraseAt(s, i, s.cues.dropPhrases);
  if (length === 0) return 0;
  let k = i + length;
  // "lascia stare anche la stampa", "lascia perdere quella dell'idraulico"
  if (ALSO[s.lang].has(s.tokens[k]?.norm ?? '')) k++;
  const next = s.tokens[k]?.norm ?? '';
  const pointed = POINTING[s.lang].has(next) && OF[s.lang].has(s.tokens[k + 1]?.norm ?? '');
  return words[s.lang].articles.has(next) || pointed ? length : 0;
}

const ALSO: Record<Lang, ReadonlySet<string>> = { it: set('anche pure'), en: set('also') };
const POINTING: Record<Lang, ReadonlySet<string>> = { it: set('quella quello quelle quelli'), en: set('that') };
const OF: Record<Lang, ReadonlySet<string>> = {
  it: set("del della dello dell' dei degli delle di d' per sul sulla"),
  en: set('about of for with'),
};
