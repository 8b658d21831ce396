import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { phrases, phrasesStartingWith, type Phrase } from './cues.js';
import { lookupVerb } from './verbs.js';
import { closingFiling } from './closing-clause.js';

/**
 * How clients open a request for work when they do not open with a verb: who they are first
 * ("sn il dott Valli, …", "this is Dr Hale, …"), a "no" to what the bot read before ("no nn mi
 * serve l'agenda, …", "no, not my calendar, …"), a need said without a subject ("serve anche il
 * preventivo…", "ci vuole…", "need a quote for…"), and the things the office produces ("una
 * lettera", "un preventivo", "a report") that make a need a task whatever else it names.
 */
interface Words {
  /** what the office writes, translates, prepares or asks for */
  work: ReadonlySet<string>;
  /** a need with no subject, like "mi serve" */
  bareNeeds: Phrase[];
  /** "sono", "this is": before the client's name */
  introductions: Phrase[];
  /** "Anna here,": after it */
  introTails: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** "dello studio Bianchi", "from Acme": who the client works for, after the name */
  affiliations: ReadonlySet<string>;
  /** "ufficio", "law firm": a workplace named without a title */
  offices: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  noWords: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  /** "non mi serve", "I didn't mean", "that's not what I asked": saying the reading was wrong */
  readingVerbs: ReadonlySet<string>;
  /** "non mi serve più": no longer wanted, a cancel, not a wrong reading */
  anymore: ReadonlySet<string>;
  /** a ride from a driver: the office books it at the time said */
  rides: ReadonlySet<string>;
  /** before a ride: "chiamami un taxi", "call me a cab" */
  beforeRide: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const WORDS: Record<Lang, Words> = {
  it: {
    work: set(
      'lettera lettere relazione relazioni documento documenti mail email e-mail bozza bozze traduzione traduzioni ' +
        'preventivo preventivi report presentazione circolare comunicazione comunicazioni memo tabella prospetto ' +
        'file pdf fattura fatture offerta contratto modulo verbale ricerca sintesi certificato visura dichiarazione ' +
        'parere ricorso diffida copia volantino brochure articolo testo newsletter comunicato slide',
    ),
    bareNeeds: phrases('it', [
      'serve',
      'servono',
      'servirebbe',
      'servirebbero',
      'ci vuole',
      'ci vogliono',
      'ci vorrebbe',
      'ci vorrebbero',
      'occorre',
      'occorrono',
    ]),
    introductions: phrases('it', ['sono', 'io sono', 'qui è', 'ti scrive', 'vi scrive']),
    introTails: set('qui'),
    titles: set(
      'dott dottor dottore dottoressa ssa avv avvocato avvocatessa ing ingegnere arch architetto geom geometra ' +
        'prof professore professoressa rag ragioniere sig signor signore signora ra notaio studio',
    ),
    determiners: set("il lo la l' l i gli le"),
    affiliations: set('di da del dello della dei degli delle dal dallo dalla'),
    offices: set('ufficio azienda ditta agenzia societa srl'),
    noWords: set('no nono'),
    negations: set('non'),
    readingVerbs: set(
      'serve servono servirebbe volevo voglio intendevo chiedevo cercavo chiesto detto era questo quello agenda calendario',
    ),
    anymore: set('piu'),
    rides: set('taxi ncc navetta transfer autista uber'),
    beforeRide: set("mi ci un una uno un' il lo la l'"),
  },
  en: {
    work: set(
      'letter letters report reports document documents memo email e-mail draft translation translations quote quotes ' +
        'quotation estimate presentation spreadsheet file pdf invoice proposal contract form certificate statement ' +
        'copy newsletter article brochure flyer slides deck',
    ),
    bareNeeds: phrases('en', ['need', 'needs', "we'll need", 'gonna need', 'could use']),
    introductions: phrases('en', ['this is', "it's", 'its', "i'm", 'im', 'my name is']),
    introTails: set('here'),
    titles: set('dr doctor mr mrs ms miss prof professor'),
    determiners: set('the'),
    affiliations: set('of from at with'),
    offices: set('law firm office company agency practice'),
    noWords: set('no nope'),
    negations: set('not dont didnt isnt wasnt'),
    readingVerbs: set('need want wanted mean meant ask asked said what agenda calendar schedule'),
    anymore: set('anymore longer'),
    rides: set('taxi taxis cab cabs uber shuttle transfer chauffeur ride grab lyft minicab'),
    beforeRide: set('me us a an the'),
  },
};

/** The end of a clause: what comes after it is a sentence of its own. */
const BOUNDARY = set(', : ; ! . - – —');

const isCapitalized = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Lu}/u.test(t.raw);

function phraseLength(tokens: readonly Token[], i: number, list: readonly Phrase[]): number {
  for (const phrase of phrasesStartingWith(list, tokens[i]?.norm ?? '')) {
    if (phrase.every((word, k) => tokens[i + k]?.norm === word)) return phrase.length;
  }
  return 0;
}

/** The name after "sono"/"this is": titles, articles, names; then the end of the clause. Its length with the comma, or 0. */
function nameLength(tokens: readonly Token[], from: number, w: Words): number {
  let named = false;
  let titled = false;
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const t = tokens[j]!;
    // "dott. Valli", "dott.ssa Riva": the dot of an abbreviated title
    if (t.norm === '.' && w.titles.has(tokens[j - 1]?.norm ?? '')) continue;
    if (BOUNDARY.has(t.norm)) return named && j + 1 < tokens.length ? j + 1 - from : 0;
    if (w.titles.has(t.norm)) titled = true;
    else if (t.kind === 'word' && (titled || isCapitalized(t))) named = true;
    else if (!w.determiners.has(t.norm)) return 0;
  }
  return 0;
}

/**
 * After the name, where the client works: "studio legale in via Larga a Milano.", "dello studio
 * Bianchi,", "law firm in Leeds.". Such a clause opens with a title or an affiliation word, holds
 * no number (a time would be a request) and no verb, and is not the end of the message.
 */
function appositionLength(tokens: readonly Token[], from: number, lang: Lang): number {
  const w = WORDS[lang];
  const first = tokens[from]?.norm ?? '';
  if (!w.titles.has(first) && !w.affiliations.has(first) && !w.offices.has(first)) return 0;
  for (let j = from; j < tokens.length && j < from + 12; j++) {
    const t = tokens[j]!;
    if (BOUNDARY.has(t.norm)) return j > from && j + 1 < tokens.length ? j + 1 - from : 0;
    if (t.kind === 'number' || w.work.has(t.norm) || lookupVerb(t.norm, lang) !== undefined) return 0;
  }
  return 0;
}

/** "sn il dott Valli, …", "this is Dr Hale, …", "Anna here, …": how many tokens say who writes, or 0. */
function introductionLength(tokens: readonly Token[], i: number, lang: Lang): number {
  const w = WORDS[lang];
  const lead = phraseLength(tokens, i, w.introductions);
  if (lead > 0) {
    const name = nameLength(tokens, i + lead, w);
    return name > 0 ? lead + name + appositionLength(tokens, i + lead + name, lang) : 0;
  }
  let j = i;
  while (isCapitalized(tokens[j]) && j < i + 3) j++;
  const tail = j > i && w.introTails.has(tokens[j]?.norm ?? '') && BOUNDARY.has(tokens[j + 1]?.norm ?? '');
  return tail && j + 2 < tokens.length ? j + 2 - i : 0;
}

/**
 * "no nn mi serve l'agenda, …", "no, not the calendar, …", "no, scrivi…": a "no" to what the bot
 * understood before, and the clause saying what it was not; the request follows. A clause that
 * asks something itself ("no, non fissarlo…") or drops an item ("non mi serve più il tavolo,
 * annullalo") is the request: only the "no" goes.
 */
function rejectionLength(tokens: readonly Token[], i: number, lang: Lang): number {
  const w = WORDS[lang];
  let j = i;
  while (w.noWords.has(tokens[j]?.norm ?? '') || (j > i && BOUNDARY.has(tokens[j]?.norm ?? ''))) j++;
  const said = j > i;
  let k = j;
  let negated = false;
  let reading = false;
  let asks = false;
  for (; k < tokens.length && !BOUNDARY.has(tokens[k]?.norm ?? ''); k++) {
    const norm = tokens[k]?.norm ?? '';
    if (w.negations.has(norm)) negated = true;
    else if (w.anymore.has(norm)) asks = true;
    else if (negated && w.readingVerbs.has(norm)) reading = true;
    else if (lookupVerb(norm, lang) !== undefined) asks = true;
  }
  const rest = nextRequestVerb(tokens, k + 1, lang);
  const backReference = rest === 'cancel' || rest === 'reschedule';
  if (negated && k + 1 < tokens.length && !asks && !backReference && (reading || said)) return k + 1 - i;
  return said && j < tokens.length ? j - i : 0;
}

function nextRequestVerb(tokens: readonly Token[], from: number, lang: Lang): string | undefined {
  for (let i = from; i < tokens.length; i++) {
    const verb = lookupVerb(tokens[i]?.norm ?? '', lang);
    if (verb !== undefined) return verb.cls;
  }
  return undefined;
}

/** Tokens before the request that only say who writes or that the last reading was wrong. */
export function preambleLength(tokens: readonly Token[], i: number, lang: Lang): number {
  return Math.max(introductionLength(tokens, i, lang), rejectionLength(tokens, i, lang));
}

/** "serve un preventivo", "ci vuole", "need a quote": a need with no subject. */
export function bareNeedLength(tokens: readonly Token[], i: number, lang: Lang): number {
  return phraseLength(tokens, i, WORDS[lang].bareNeeds);
}

/** "dott", "avv", "dr", "prof": a title before a name, maybe abbreviated with a full stop. */
export function isPersonTitle(norm: string, lang: Lang): boolean {
  return WORDS[lang].titles.has(norm);
}

export function isWorkNoun(norm: string, lang: Lang): boolean {
  return WORDS[lang].work.has(norm);
}

/** "una lettera…", "il preventivo…", "a quote…": after an article, something the office produces. */
export function namesWork(tokens: readonly Token[], i: number, lang: Lang, determiners: ReadonlySet<string>): boolean {
  let j = i;
  while (j < i + 2 && (determiners.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'anche')) j++;
  return isWorkNoun(tokens[j]?.norm ?? '', lang);
}

export function isRideNoun(norm: string, lang: Lang): boolean {
  return WORDS[lang].rides.has(norm);
}

/** Verbs that get a ride when a ride follows: "chiamami un taxi", "ordinami un ncc", "call me a cab". */
export const RIDE_VERBS: ReadonlySet<string> = new Set(['chiamare', 'ordinare', 'call', 'order', 'get']);

/** "chiamami un taxi", "order me a cab": from token i, after the pronoun and article, a ride to book. */
export function objectIsRide(tokens: readonly Token[], i: number, lang: Lang): boolean {
  let j = i;
  while (j < i + 2 && WORDS[lang].beforeRide.has(tokens[j]?.norm ?? '')) j++;
  return isRideNoun(tokens[j]?.norm ?? '', lang);
}

/** "…, me lo prepari tu?", "…, la cercate voi?": a closing work verb taking up what was said hands it to the office. */
export const handedOver = (s: { tokens: readonly Token[]; lang: Lang; consumed: readonly boolean[] }): boolean =>
  closingFiling(s.tokens, s.lang, s.consumed, true)?.intent === 'task';
