import { phraseAt, type Scan } from './intent-scan.js';
import { words } from './slots-words.js';

/**
 * "lascia perdere l'F24 di Bianchi", "forget about the letter": dropping something named (an
 * article follows) cancels it; said alone, the words only drop a question (clarify.ts).
 */
export function dropsNamedItem(s: Scan, i: number): number {
  const length = phraseAt(s, i, s.cues.dropPhrases);
  const next = s.tokens[i + length]?.norm ?? '';
  return length > 0 && words[s.lang].articles.has(next) ? length : 0;
}
