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
  return at >= 0 && tokens.slice(at + lead.length).some((t) => LEFT_WORDS[lang].has(t.norm));
}

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
