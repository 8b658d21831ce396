import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb } from './verbs.js';

/**
 * "quante ore ci sono ancora nel mio pacchetto?", "how many hours are still in my bundle?": a question
 * about a number of hours with a word of what is left or of the package, wherever it stands, asks the
 * balance (the fixed phrases of ticket-status.ts cover the usual wordings).
 */
const HOW_MANY: Record<Lang, readonly string[]> = { it: ['quante', 'ore'], en: ['how', 'many', 'hours'] };
const LEFT_WORDS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['pacchetto', 'disponibili', 'avanzano', 'avanzate', 'rimaste', 'residue', 'restanti']),
  en: new Set(['package', 'bundle', 'available', 'remaining', 'left']),
};

export function asksHoursLeft(tokens: readonly Token[], lang: Lang): boolean {
  const lead = HOW_MANY[lang];
  const at = tokens.findIndex((_, i) => lead.every((word, k) => tokens[i + k]?.norm === word));
  if (at >= 0) return tokens.slice(at + lead.length).some((t) => LEFT_WORDS[lang].has(t.norm));
  // "quanto mi resta di ore?", "quanto mi rimane del pacchetto?": how much is left, of hours or the package
  const much = tokens.findIndex((t) => t.norm === 'quanto');
  const rest = tokens.slice(much + 1);
  return (
    lang === 'it' &&
    much >= 0 &&
    rest.some((t) => REMAINS.has(t.norm)) &&
    rest.some((t) => t.norm === 'ore' || t.norm === 'pacchetto')
  );
}
const REMAINS: ReadonlySet<string> = new Set(['resta', 'rimane', 'avanza', 'restano', 'rimangono', 'avanzano']);

/**
 * "la pratica 7781 è a posto?", "e la 7781?": a question naming a request number, with no time and no
 * verb asking for work ("annulla la 7781?", "sposti la 7781?"), asks how that request is going.
 */
export function asksAboutRef(tokens: readonly Token[], lang: Lang, timed: boolean): boolean {
  if (timed || !tokens.some((t) => t.norm === '?')) return false;
  return !tokens.some((t) => {
    const verb = lookupVerb(t.norm, lang);
    return verb !== undefined && verb.reported !== true;
  });
}

/** Which-words that open a question, and the words naming the client's requests. */
const WHICH: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['quali', 'che', 'quante']),
  en: new Set(['which', 'what', 'how']),
};
const REQUEST_NOUNS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['richieste', 'pratiche', 'richiesta']),
  en: new Set(['requests', 'tickets', 'jobs']),
};
/** how far into the question the request noun may stand: "quali sono le mie richieste", "how many requests" */
const NOUN_REACH = 4;

/**
 * "quali richieste ho aperte?", "quali sono le mie richieste aperte?", "which requests have I got open?":
 * a question opening with a which-word about the client's requests lists those in progress.
 */
export function asksOpenRequests(tokens: readonly Token[], lang: Lang, timed: boolean): boolean {
  const words = tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
  if (timed || !WHICH[lang].has(words[0] ?? '')) return false;
  return words.slice(1, 1 + NOUN_REACH).some((w) => REQUEST_NOUNS[lang].has(w));
}
