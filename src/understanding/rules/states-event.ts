import { isContent, nextContent, type Scan } from './intent-scan.js';
import { thereIsLength } from './text-edges.js';

/** "venerdì alle 6 ho il meccanico", "I've got the optician on Monday": an event the client states they have. */
export function statesEvent(s: Scan, start: number): boolean {
  for (let i = start; i < s.tokens.length; i++) {
    // "domani alle 10 c'è la caldaia dei Tosi": what there is at a time is on the agenda, like "ho"
    const there = thereIsLength(s.tokens[i - 1]?.norm ?? '', s.tokens[i]?.norm ?? '') > 0;
    if (!isContent(s, i) || !(there || s.cues.haveWords.has(s.tokens[i]?.norm ?? ''))) continue;
    const next = nextContent(s, i + 1);
    if (s.cues.determiners.has(s.tokens[next]?.norm ?? '')) return true;
    // "domani alle 15 ho Galli", "tomorrow at 3 I have Galli": someone named by surname, no article (leftovers 19)
    if (isSurname(s, next)) return true;
  }
  return false;
}

const isSurname = (s: Scan, i: number): boolean =>
  s.tokens[i]?.kind === 'word' && s.consumed[i] !== true && /^\p{Lu}\p{Ll}/u.test(s.tokens[i]!.raw);
