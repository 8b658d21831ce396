import type { Lang } from '../contract.js';
import { normalizeTokens, tokenize } from '../normalize.js';

/** The phrases and words intent classification looks for, per language (cues-it.ts, cues-en.ts). */
export type Phrase = readonly string[];

export function phrases(lang: Lang, list: readonly string[]): Phrase[] {
  return list
    .map((p) => normalizeTokens(tokenize(p), lang).flatMap((t) => t.norm.split(' ')))
    .sort((a, b) => b.length - a.length);
}

export interface Cues {
  fillers: Phrase[];
  greetings: Phrase[];
  obligations: Phrase[];
  /** "mi serve", "I need": what follows is something the office should get done */
  needs: Phrase[];
  reminderPhrases: Phrase[];
  /** "non ricordarmi più", "stop reminding me": a cancel, though it names reminding */
  cancelPhrases: Phrase[];
  /** "lascia perdere", "forget about": a cancel when they name what to drop ("lascia perdere l'F24") */
  dropPhrases: Phrase[];
  agendaPhrases: Phrase[];
  helpPhrases: Phrase[];
  bookingNouns: ReadonlySet<string>;
  eventNouns: ReadonlySet<string>;
  travelNouns: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  reminderNouns: ReadonlySet<string>;
  reservationNouns: ReadonlySet<string>;
  questionWords: ReadonlySet<string>;
  /** a question with one of these is about the client's own plans ("ho", "my") */
  personalWords: ReadonlySet<string>;
  /** words that turn a following verb into something else ("senti," is "listen", not "call") */
  objectPronouns: ReadonlySet<string>;
  /** "ho", "have": before a determiner, the client states something they have ("ho il notaio") */
  haveWords: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** "elenco", "list": with an agenda noun after it, a question about the agenda */
  listWords: ReadonlySet<string>;
  agendaNouns: ReadonlySet<string>;
  /** "con", "with": "drinks with Sam on Friday" names an event with someone */
  withWords: ReadonlySet<string>;
}

export const IT_EVENTS =
  'appuntamento appuntamenti riunione riunioni call meeting incontro visita dentista medico dottore cena pranzo aperitivo colazione udienza convegno fiera assemblea colloquio lezione evento conferenza videochiamata videocall sopralluogo tavolo consulenza seminario webinar corso parrucchiere barbiere massaggio estetista commercialista notaio avvocato ristorante pizzeria trattoria osteria meccanico gommista carrozziere oculista dermatologo veterinario fisioterapista osteopata psicologo cardiologo ginecologo pediatra ortopedico analisi tagliando revisione caffè festa inaugurazione perizia rogito';
export const EN_EVENTS =
  'meeting meetings appointment appointments call dentist doctor dinner lunch breakfast interview conference event hearing session class workshop course seminar fair expo training table haircut visit consultation webinar demo party restaurant drinks coffee brunch optician vet physio gp checkup viewing appraisal catchup mot service accountant notary lawyer solicitor hairdresser barber massage mechanic dermatologist psychologist cardiologist gynaecologist pediatrician zoom facetime skype webex photoshoot rehearsal lesson';

const firstWordIndex = new WeakMap<readonly Phrase[], Map<string, Phrase[]>>();

/**
 * The phrases of a list that start with a word, longest first: matching looks up one word per
 * token instead of trying every phrase (long messages stay fast).
 */
export function phrasesStartingWith(list: readonly Phrase[], word: string): readonly Phrase[] {
  let index = firstWordIndex.get(list);
  if (index === undefined) {
    index = new Map();
    for (const phrase of [...list].sort((a, b) => b.length - a.length)) {
      const first = phrase[0] ?? '';
      index.set(first, [...(index.get(first) ?? []), phrase]);
    }
    firstWordIndex.set(list, index);
  }
  return index.get(word) ?? [];
}
