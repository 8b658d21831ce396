import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';

/**
 * Someone coming to the client at a time ("dmn alle 3 viene il rappresentante", "giovedì passa il
 * tecnico", "arriva il corriere alle 10", "the plumber is coming at 9"): an appointment of the
 * client's own, like "alle 3 ho il commercialista", so a booking titled with who comes. Pure.
 */
const ITALIAN_VISITS = new Set(['viene', 'vengono', 'passa', 'passano', 'ripassa', 'arriva', 'arrivano']);
/** "mi viene a trovare la commercialista", "viene da me il tecnico", "viene in studio il signor Galli" */
const ITALIAN_BRIDGES: readonly (readonly string[])[] = [
  ['a', 'trovare'],
  ['a', 'trovarmi'],
  ['a', 'trovarci'],
  ['da', 'me'],
  ['da', 'noi'],
  // "viene in studio il signor Galli": the place the visitor comes to
  ...['studio', 'ufficio', 'negozio', 'sede', 'agenzia', 'laboratorio', 'bottega', 'cantina'].flatMap((place) => [
    ['in', place],
    ['allo', place],
    ['al', place],
    ["all'", place],
  ]),
  ['qui'],
  ['qua'],
];
const ITALIAN_DETERMINERS = new Set([
  'il',
  'lo',
  'la',
  "l'",
  'i',
  'gli',
  'le',
  'un',
  'una',
  'uno',
  "un'",
  'mio',
  'mia',
]);
const ENGLISH_VISITS = new Set(['coming', 'comes', 'arriving', 'arrives', 'dropping', 'drops', 'popping', 'pops']);
const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our']);
/** what may follow an English visit verb: "comes by", "is coming over", "drops in" */
const ENGLISH_PARTICLES = new Set(['by', 'over', 'round', 'around', 'in']);
const ENGLISH_AUXILIARIES = new Set(['is', 'are', "'s", 's', 'will', 'be']);
/** how far before an English visit verb its subject's determiner may be: "the wella rep is coming" */
const SUBJECT_REACH = 5;

const content = (tokens: readonly Token[], consumed: readonly boolean[]) => (i: number) =>
  tokens[i] !== undefined && tokens[i]!.kind !== 'punct' && !consumed[i];

function italianVisitAt(tokens: readonly Token[], consumed: readonly boolean[], i: number): boolean {
  if (!ITALIAN_VISITS.has(tokens[i]?.norm ?? '')) return false;
  const isContent = content(tokens, consumed);
  let j = i + 1;
  while (j < tokens.length && !isContent(j)) j++;
  const bridge = ITALIAN_BRIDGES.find((words) => words.every((word, k) => tokens[j + k]?.norm === word));
  if (bridge) j += bridge.length;
  // "viene Galli", "passa Conti dello studio Marini": a surname with no article
  const named = tokens[j]?.kind === 'word' && !consumed[j] && /^\p{Lu}/u.test(tokens[j]!.raw);
  return named || ITALIAN_DETERMINERS.has(tokens[j]?.norm ?? '');
}

/** "la sig.ra Bianconi porta il gatto", "il tecnico viene giovedì": who comes said first, or who brings something */
const ITALIAN_BRINGS = new Set(['porta', 'portano', 'riporta', 'riportano']);
const SUBJECT_FIRST_REACH = 2;

function italianSubjectFirstAt(tokens: readonly Token[], consumed: readonly boolean[], i: number): boolean {
  const norm = tokens[i]?.norm ?? '';
  if (!ITALIAN_VISITS.has(norm) && !ITALIAN_BRINGS.has(norm)) return false;
  const before = tokens[i - 1];
  if (before === undefined || before.kind !== 'word' || consumed[i - 1]) return false;
  // "Bianconi porta", "Galli viene": a surname just before the verb
  if (/^\p{Lu}\p{Ll}/u.test(before.raw) && i - 1 > 0) return true;
  // "il tecnico viene", "la mia vicina porta": a determiner opening the subject, no break between
  for (let j = i - 2; j >= 0 && j >= i - 1 - SUBJECT_FIRST_REACH; j--) {
    if (tokens[j]!.kind === 'punct' || consumed[j]) return false;
    if (ITALIAN_DETERMINERS.has(tokens[j]!.norm))
      return j === 0 || tokens[j - 1]!.kind === 'punct' || !!consumed[j - 1];
  }
  return false;
}

function englishVisitAt(tokens: readonly Token[], i: number): boolean {
  if (!ENGLISH_VISITS.has(tokens[i]?.norm ?? '')) return false;
  for (let j = i - 1; j >= 0 && j >= i - SUBJECT_REACH; j--) {
    if (tokens[j]!.kind === 'punct') return false;
    if (ENGLISH_DETERMINERS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** Whether the words from `start` announce someone coming to the client. */
export function announcesVisit(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  lang: Lang,
  start: number,
): boolean {
  for (let i = start; i < tokens.length; i++) {
    if (consumed[i]) continue;
    const italian = () => italianVisitAt(tokens, consumed, i) || italianSubjectFirstAt(tokens, consumed, i);
    if (lang === 'it' ? italian() : englishVisitAt(tokens, i)) return true;
  }
  return false;
}

/** The title without its verb: "viene il rappresentante" → "il rappresentante", "the plumber is coming" → "the plumber". */
export function withoutVisitWords(tokens: readonly Token[], indices: readonly number[], lang: Lang): number[] {
  const norm = (k: number) => tokens[indices[k] ?? -1]?.norm ?? '';
  if (lang === 'it') {
    if (!ITALIAN_VISITS.has(norm(0))) return [...indices];
    const bridge = ITALIAN_BRIDGES.find((words) => words.every((word, k) => norm(1 + k) === word));
    return indices.slice(1 + (bridge?.length ?? 0));
  }
  let end = indices.length;
  while (end > 0 && ENGLISH_PARTICLES.has(norm(end - 1))) end--;
  if (end === 0 || !ENGLISH_VISITS.has(norm(end - 1))) return [...indices];
  end--;
  while (end > 0 && ENGLISH_AUXILIARIES.has(norm(end - 1))) end--;
  return indices.slice(0, end);
}
