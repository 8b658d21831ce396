import { isContent, nextContent, type Scan } from './intent-scan.js';
import { thereIsLength } from './text-edges.js';

/** "venerdì alle 6 ho il meccanico", "I've got the optician on Monday": an event the client states they have. */
export function statesEvent(s: Scan, start: number): boolean {
  if (namedThenDated(s, start)) return true;
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

/**
 * "the Chorlton completion is thurs at 12", "my flight's on friday at 6", "la firma è giovedì alle 10": an item named
 * with its article, then "is" and its day or time, states an event on the client's agenda.
 */
function namedThenDated(s: Scan, start: number): boolean {
  const first = nextContent(s, start);
  if (s.deadline) return false;
  if (!s.cues.determiners.has(s.tokens[first]?.norm ?? '')) return false;
  const is = s.tokens.findIndex((t, i) => i > first + 1 && IS.has(t.norm));
  if (is < 0 || s.tokens.slice(first + 1, is).some((t, k) => t.kind !== 'word' || s.consumed[first + 1 + k]))
    return false;
  // "the report is due friday": a deadline, no event
  if (DUE.has(s.tokens[is + 1]?.norm ?? '')) return false;
  const at = ON_AT.has(s.tokens[is + 1]?.norm ?? '') ? is + 2 : is + 1;
  return (
    s.consumed[at] === true &&
    s.tokens.slice(is + 1).every((t, k) => s.consumed[is + 1 + k] || t.kind === 'punct' || ON_AT.has(t.norm))
  );
}
const DUE: ReadonlySet<string> = new Set(['due', 'by', 'entro', 'until', 'till', 'fino']);
const IS: ReadonlySet<string> = new Set(['is', "'s", 'è']);
const ON_AT: ReadonlySet<string> = new Set(['on', 'at', 'for', 'alle', 'il']);
