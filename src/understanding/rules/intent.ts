import type { Intent, Lang } from '../contract.js';
import { isFreeSlotsRequest } from './free-slots.js';
import { normalizeTokens, tokenize, type Token } from '../normalize.js';
import { lookupVerb, type Verb, type VerbClass } from './verbs.js';

/**
 * Intent classification. The request usually opens with a verb addressed to the office
 * ("ricordami", "prenota", "traduci", "sposta"), after greetings and politeness and after a
 * time expression ("entro venerdì traducete..."); that head verb decides, checked against
 * what follows (a "prenota" of a flight is a task for a human, a "metti" with "in agenda" a
 * booking). With no head verb, phrase cues decide: questions about the agenda, help, reminder
 * nouns, a table to book, an event at a time.
 */

type Phrase = readonly string[];

function phrases(lang: Lang, list: readonly string[]): Phrase[] {
  return list
    .map((p) => normalizeTokens(tokenize(p), lang).flatMap((t) => t.norm.split(' ')))
    .sort((a, b) => b.length - a.length);
}

interface Cues {
  fillers: Phrase[];
  greetings: Phrase[];
  obligations: Phrase[];
  /** "mi serve", "I need": what follows is something the office should get done */
  needs: Phrase[];
  reminderPhrases: Phrase[];
  /** "non ricordarmi più", "stop reminding me": a cancel, though it names reminding */
  cancelPhrases: Phrase[];
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
}

const IT_EVENTS =
  'appuntamento appuntamenti riunione riunioni call meeting incontro visita dentista medico dottore cena pranzo aperitivo colazione udienza convegno fiera assemblea colloquio lezione evento conferenza videochiamata videocall sopralluogo tavolo consulenza seminario webinar corso parrucchiere barbiere massaggio estetista commercialista notaio avvocato';
const EN_EVENTS =
  'meeting meetings appointment appointments call dentist doctor dinner lunch breakfast interview conference event hearing session class workshop table haircut visit consultation webinar demo party';

const cues: Record<Lang, Cues> = {
  it: {
    fillers: phrases('it', [
      'per favore',
      'per piacere',
      'per cortesia',
      'perfavore',
      'ciao',
      'salve',
      'buongiorno',
      'buonasera',
      'buon pomeriggio',
      'hey',
      'ehi',
      'ok',
      'okay',
      'allora',
      'senti',
      'scusa',
      'scusami',
      'cortesemente',
      'gentilmente',
      'puoi',
      'potresti',
      'potete',
      'potreste',
      'mi puoi',
      'mi potresti',
      'ci puoi',
      'riesci a',
      'riusciresti a',
      'vorrei che',
      'vorrei',
      'volevo',
      'ti chiedo di',
      'ho bisogno che',
      'mi serve che',
      'mi serve',
      'mi servirebbe',
      'ho bisogno di',
      'tu',
      'voi',
      'dovresti',
      'devi',
      'e',
      'anche',
      'poi',
      'inoltre',
      'mi',
      'ci',
      'grazie',
      'dai',
      'please',
    ]),
    greetings: phrases('it', [
      'ciao',
      'salve',
      'buongiorno',
      'buonasera',
      'buon pomeriggio',
      'hey',
      'ehi',
      'hello',
      'hi',
    ]),
    obligations: phrases('it', [
      'devo',
      'dovrei',
      'dobbiamo',
      'non devo dimenticare di',
      'non devo dimenticarmi di',
      'non devo scordare di',
    ]),
    needs: phrases('it', [
      'mi serve',
      'mi servirebbe',
      'mi servono',
      'ci serve',
      'ci servono',
      'ho bisogno di',
      'avrei bisogno di',
      'abbiamo bisogno di',
      'vorrei',
      // "mi serve una mano: il cliente chiede…": the request is what follows the plea for help
      'mi serve una mano',
      'mi servirebbe una mano',
      'ci serve una mano',
      'ho bisogno di una mano',
      'avrei bisogno di una mano',
      'mi serve un aiuto',
      'ho bisogno di un aiuto',
      'avrei bisogno di un aiuto',
      'mi serve un favore',
      'mi fate un favore',
      'mi fareste un favore',
    ]),
    reminderPhrases: phrases('it', [
      'promemoria',
      'non dimenticare',
      'non dimenticarti',
      'non farmi dimenticare',
      'non fammi dimenticare',
      'non scordare',
      'non scordarti',
      'non farmi scordare',
      'sveglia',
      'reminder',
      'imposta un promemoria',
      'crea un promemoria',
      'nuovo promemoria',
    ]),
    cancelPhrases: phrases('it', [
      'non ricordarmi più',
      'non ricordarmelo più',
      'non mi ricordare più',
      'smetti di ricordarmi',
      'basta ricordarmi',
      'non avvisarmi più',
    ]),
    agendaPhrases: phrases('it', [
      'cosa ho',
      'che cosa ho',
      "cos'ho",
      "cosa c'è",
      "che c'è",
      "cos'è previsto",
      'cosa è previsto',
      'che impegni',
      'quali impegni',
      'che appuntamenti',
      'quali appuntamenti',
      'quali promemoria',
      'che promemoria',
      'ho qualcosa',
      'ho impegni',
      'ho appuntamenti',
      'ho qualche',
      'sono libero',
      'sono libera',
      'sono occupato',
      'sono occupata',
      'quando ho',
      'a che ora è',
      'a che ora ho',
      'i miei promemoria',
      'i miei appuntamenti',
      'i miei impegni',
      'le mie prenotazioni',
      'la mia agenda',
      'il mio calendario',
      'promemoria attivi',
      'lista dei promemoria',
      'lista promemoria',
      'elenco dei promemoria',
      'elenco promemoria',
      'prossimi appuntamenti',
      'prossimi impegni',
      'agenda di oggi',
      'agenda di domani',
      'cosa devo fare',
    ]),
    helpPhrases: phrases('it', [
      'cosa sai fare',
      'cosa puoi fare',
      'che cosa sai fare',
      'che cosa puoi fare',
      'come funziona',
      'come funzioni',
      'come si usa',
      'aiuto',
      'help',
      'istruzioni',
      'cosa fai',
      'chi sei',
      '/start',
      '/help',
      '/aiuto',
      'menu',
      'come posso usarti',
      'in cosa puoi aiutarmi',
    ]),
    bookingNouns: new Set(['tavolo', 'tavoli', 'prenotazione']),
    eventNouns: new Set(IT_EVENTS.split(' ')),
    travelNouns: new Set(
      'volo voli aereo treno treni hotel albergo alberghi b&b biglietto biglietti viaggio trasferta noleggio airbnb alloggio'.split(
        ' ',
      ),
    ),
    calendarWords: new Set(['agenda', 'calendario', 'diario']),
    reminderNouns: new Set(['promemoria', 'sveglia', 'reminder']),
    reservationNouns: new Set(['prenotazione', 'tavolo', 'appuntamento']),
    questionWords: new Set([
      'cosa',
      'che',
      'quando',
      'quali',
      'quale',
      'dove',
      'come',
      'quanto',
      'quanti',
      'chi',
      'perche',
    ]),
    personalWords: new Set(
      "ho abbiamo sono siamo devo dobbiamo mio mia miei mie nostro nostra nostri mi ci c' previsto prevista impegni impegno appuntamenti appuntamento agenda calendario programma libero libera liberi occupato occupata pieno piena".split(
        ' ',
      ),
    ),
    objectPronouns: new Set(['mi', 'ci']),
  },
  en: {
    fillers: phrases('en', [
      'please',
      'pls',
      'kindly',
      'hi',
      'hello',
      'hey',
      'ok',
      'okay',
      'so',
      'also',
      'and',
      'then',
      'just',
      'can you',
      'could you',
      'would you',
      'will you',
      'would you mind',
      'i need you to',
      'i want you to',
      "i'd like you to",
      'i would like you to',
      'go ahead and',
      'you',
      'thanks',
      'thank you',
      "i'd like to",
      'i would like to',
      'i want to',
      'i wanna',
      "let's",
      'lets',
      'i need',
      'we need',
      'i want',
      "i'd like",
      'i would like',
      "i'm looking for",
      'looking for',
    ]),
    greetings: phrases('en', [
      'hi',
      'hello',
      'hey',
      'hiya',
      'yo',
      'good morning',
      'good afternoon',
      'good evening',
      'ciao',
    ]),
    needs: phrases('en', [
      'i need',
      'we need',
      'i want',
      "i'd like",
      'i would like',
      "i'm looking for",
      'looking for',
      'i need a hand',
      'i need some help',
      'i need your help',
      'i could use some help',
      'i could use a hand',
    ]),
    obligations: phrases('en', [
      'i need to',
      'i have to',
      'i must',
      "i've got to",
      'i gotta',
      'we need to',
      'i should',
      'need to',
      'have to',
    ]),
    reminderPhrases: phrases('en', [
      'reminder',
      "don't forget",
      "don't let me forget",
      'do not forget',
      'do not let me forget',
      'remember to',
      'alert me',
      'ping me',
      'notify me',
      'nudge me',
      'wake me up',
      'wake me',
      'set a reminder',
      'set an alarm',
      'set me a reminder',
      'create a reminder',
      'add a reminder',
      'new reminder',
      'make sure i remember',
    ]),
    cancelPhrases: phrases('en', [
      'stop reminding me',
      "don't remind me",
      'do not remind me',
      'no longer remind me',
      'never remind me',
    ]),
    agendaPhrases: phrases('en', [
      'what do i have',
      'what have i got',
      "what's on",
      'what is on',
      'do i have',
      'have i got',
      'am i free',
      'am i busy',
      'am i available',
      'when is my',
      "when's my",
      'what time is',
      'my reminders',
      'my appointments',
      'my agenda',
      'my schedule',
      'my calendar',
      'my bookings',
      'my meetings',
      'my events',
      'upcoming',
      'what i have',
      "what i've got",
      "what's planned",
      'what is planned',
      'anything planned',
      "what's next",
    ]),
    helpPhrases: phrases('en', [
      'what can you do',
      'how does this work',
      'how do you work',
      'how does it work',
      'help',
      'who are you',
      'what do you do',
      'commands',
      '/start',
      '/help',
      'what are you',
      'how can you help',
      'what can i ask',
    ]),
    bookingNouns: new Set(['table', 'tables', 'reservation']),
    eventNouns: new Set(EN_EVENTS.split(' ')),
    travelNouns: new Set(
      'flight flights plane train trains hotel hotels ticket tickets trip travel accommodation airbnb rental'.split(
        ' ',
      ),
    ),
    calendarWords: new Set(['calendar', 'diary', 'agenda', 'schedule']),
    reminderNouns: new Set(['reminder', 'reminders', 'alarm']),
    reservationNouns: new Set(['reservation', 'booking', 'appointment', 'table']),
    questionWords: new Set([
      'what',
      'when',
      'where',
      'which',
      'who',
      'how',
      'do',
      'am',
      'is',
      'are',
      'have',
      'did',
      'can',
    ]),
    personalWords: new Set('i we my our me us planned scheduled agenda calendar schedule free busy booked'.split(' ')),
    objectPronouns: new Set(['me', 'us']),
  },
};

const PARTICLES = new Set(['up', 'off', 'back', 'out', 'forward', 'down']);
const EARLIER_WORDS = new Set(['forward', 'earlier', 'sooner']);

export interface Head {
  first: number;
  last: number;
  verb?: Verb;
}

export interface Classification {
  intent: Intent;
  /** the tokens that carry the request (head verb or cue phrase), left out of slots */
  head?: Head;
  /** index of the first token after greetings and politeness */
  start: number;
}

interface Scan {
  tokens: readonly Token[];
  consumed: readonly boolean[];
  lang: Lang;
  cues: Cues;
  /** a time of day (or an elapsed amount) was read, not only a date */
  timed: boolean;
  /** any time expression was read */
  dated: boolean;
}

function isContent(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && t.kind !== 'punct' && !s.consumed[i];
}

function nextContent(s: Scan, i: number): number {
  let j = i;
  while (j < s.tokens.length && !isContent(s, j)) j++;
  return j;
}

/** Length of the phrase that starts at token i (over content tokens only), or 0. */
function phraseAt(s: Scan, i: number, list: readonly Phrase[]): number {
  for (const phrase of list) {
    let j = i;
    let k = 0;
    while (k < phrase.length && j < s.tokens.length && s.tokens[j]?.norm === phrase[k] && !s.consumed[j]) {
      j++;
      k++;
    }
    if (k === phrase.length) return j - i;
  }
  return 0;
}

function findPhrase(s: Scan, list: readonly Phrase[]): { first: number; last: number } | undefined {
  for (let i = 0; i < s.tokens.length; i++) {
    const n = phraseAt(s, i, list);
    if (n > 0) return { first: i, last: i + n - 1 };
  }
  return undefined;
}

function restHas(s: Scan, from: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < s.tokens.length; i++) if (words.has(s.tokens[i]?.norm ?? '')) return true;
  return false;
}

function isQuestion(s: Scan, start: number): boolean {
  return s.tokens.some((t) => t.norm === '?') || s.cues.questionWords.has(s.tokens[start]?.norm ?? '');
}

/** The intent a head verb asks for, given what follows it; undefined when it is no request after all. */
function intentOfVerb(
  s: Scan,
  verb: Verb,
  at: number,
  depth = 0,
): { intent: Intent; verb: Verb; last: number } | undefined {
  const after = at + 1;
  const c = s.cues;
  // "set up", "push back", "call off": the particle belongs to the verb
  const particle = s.lang === 'en' && PARTICLES.has(s.tokens[after]?.norm ?? '') ? after : at;
  const result = (intent: Intent): { intent: Intent; verb: Verb; last: number } => ({ intent, verb, last: particle });
  const byClass: Record<VerbClass, () => Intent | undefined> = {
    reminder: () => 'reminder',
    book: () => (restHas(s, after, c.travelNouns) ? 'task' : 'booking'),
    fix: () => (restHas(s, after, c.travelNouns) ? 'task' : 'booking'),
    put: () =>
      restHas(s, after, c.calendarWords) ? 'booking' : restHas(s, after, c.reminderNouns) ? 'reminder' : 'task',
    note: () =>
      restHas(s, after, c.calendarWords)
        ? 'booking'
        : restHas(s, after, c.reminderNouns)
          ? 'reminder'
          : s.dated
            ? 'booking'
            : 'task',
    schedule: () =>
      restHas(s, after, c.travelNouns) ? 'task' : restHas(s, after, c.eventNouns) || s.timed ? 'booking' : 'task',
    task: () => {
      // "call with Marco at 3": a noun, the event to put in the agenda
      if (s.lang === 'en' && s.tokens[nextContent(s, after)]?.norm === 'with') return s.dated ? 'booking' : undefined;
      // "get me an appointment with the dentist": a booking the office arranges
      if (verb.lemma === 'get' && restHas(s, after, c.reservationNouns)) return 'booking';
      // "bring the meeting forward": moving an item, not fetching something
      if (verb.lemma === 'bring' && restHas(s, after, EARLIER_WORDS)) return 'reschedule';
      // "tell me what I have tomorrow" asks the bot; "tell Bianchi that..." is a task
      if (verb.lemma === 'tell' && c.objectPronouns.has(s.tokens[nextContent(s, after)]?.norm ?? '')) {
        return findPhrase(s, c.agendaPhrases) !== undefined || s.dated ? 'agenda' : undefined;
      }
      return 'task';
    },
    cancel: () => 'cancel',
    reschedule: () => 'reschedule',
    agenda: () => 'agenda',
    set: () => {
      const next = s.tokens[nextContent(s, after)]?.norm;
      if (next === 'up')
        return restHas(s, after, c.travelNouns)
          ? 'task'
          : restHas(s, after, c.eventNouns) || s.timed
            ? 'booking'
            : 'task';
      return restHas(s, after, c.reminderNouns) ? 'reminder' : 'task';
    },
    make: () => (restHas(s, after, c.reservationNouns) ? 'booking' : 'task'),
    causative: () => undefined,
  };
  if (verb.cls !== 'causative') {
    const intent = byClass[verb.cls]();
    return intent === undefined ? undefined : result(intent);
  }
  // "fammi vedere", "help me write", "fai una ricerca": the next verb decides
  let j = nextContent(s, after);
  if (c.objectPronouns.has(s.tokens[j]?.norm ?? '')) j = nextContent(s, j + 1);
  const next = s.tokens[j];
  const nextVerb = next === undefined ? undefined : lookupVerb(next.norm, s.lang);
  if (nextVerb !== undefined && depth === 0) {
    const inner = intentOfVerb(s, nextVerb, j, depth + 1);
    if (inner !== undefined) return { ...inner, last: inner.last };
  }
  // "fammi l'elenco dei promemoria": a question about the agenda
  if (findPhrase(s, c.agendaPhrases) !== undefined) return result('agenda');
  if (verb.lemma === 'fare') return result('task');
  if ((verb.lemma === 'help' || verb.lemma === 'aiutare') && next === undefined) return result('help');
  return undefined;
}

function classifyHead(s: Scan, start: number): { intent: Intent; head: Head } | undefined {
  const i = nextContent(s, start);
  const token = s.tokens[i];
  if (token === undefined) return undefined;
  const cancelPhrase = phraseAt(s, i, s.cues.cancelPhrases);
  if (cancelPhrase > 0) return { intent: 'cancel', head: { first: i, last: i + cancelPhrase - 1 } };
  const reminderPhrase = phraseAt(s, i, s.cues.reminderPhrases);
  if (reminderPhrase > 0) {
    if (findPhrase(s, s.cues.agendaPhrases) !== undefined)
      return { intent: 'agenda', head: { first: i, last: i + reminderPhrase - 1 } };
    return { intent: 'reminder', head: { first: i, last: i + reminderPhrase - 1 } };
  }
  const verb = lookupVerb(token.norm, s.lang);
  if (verb === undefined) return undefined;
  const found = intentOfVerb(s, verb, i);
  if (found === undefined) return undefined;
  return { intent: found.intent, head: { first: i, last: found.last, verb: found.verb } };
}

/** A reminder, cancel or reschedule verb later in the message: "la riunione di domani annullala". */
function classifyAnywhere(s: Scan, start: number): { intent: Intent; head: Head } | undefined {
  for (let i = start; i < s.tokens.length; i++) {
    if (!isContent(s, i)) continue;
    const cancelPhrase = phraseAt(s, i, s.cues.cancelPhrases);
    if (cancelPhrase > 0) return { intent: 'cancel', head: { first: i, last: i + cancelPhrase - 1 } };
    const phrase = phraseAt(s, i, s.cues.reminderPhrases);
    if (phrase > 0) return { intent: 'reminder', head: { first: i, last: i + phrase - 1 } };
    const verb = lookupVerb(s.tokens[i]?.norm ?? '', s.lang);
    if (verb === undefined || !['reminder', 'cancel', 'reschedule'].includes(verb.cls)) continue;
    return { intent: verb.cls as Intent, head: { first: i, last: i, verb } };
  }
  return undefined;
}

/**
 * A dated question is about the agenda when it is about the client ("domani sono libero?") or
 * is nothing but the date ("e giovedì?"); "che tempo fa domani?" is not.
 */
function isAgendaQuestion(s: Scan, start: number): boolean {
  let words = 0;
  for (let i = start; i < s.tokens.length; i++) {
    if (!isContent(s, i)) continue;
    const norm = s.tokens[i]?.norm ?? '';
    if (s.cues.personalWords.has(norm)) return true;
    if (!s.cues.questionWords.has(norm)) words++;
  }
  return words <= 1;
}

function fallback(s: Scan, start: number, greeted: boolean, needed: boolean): Intent {
  const c = s.cues;
  if (findPhrase(s, c.helpPhrases) !== undefined) return 'help';
  if (findPhrase(s, c.agendaPhrases) !== undefined) return 'agenda';
  const question = isQuestion(s, nextContent(s, start));
  if (question && s.dated && isAgendaQuestion(s, start)) return 'agenda';
  const hasContent = nextContent(s, start) < s.tokens.length;
  if (!question && restHas(s, start, c.bookingNouns)) return 'booking';
  if (!question && s.dated && restHas(s, start, c.eventNouns)) return 'booking';
  if (needed && hasContent) return 'task';
  if (!question && s.timed && hasContent) return 'reminder';
  if (greeted && !hasContent) return 'help';
  return 'other';
}

export function classifyIntent(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  lang: Lang,
  time: { timed: boolean; dated: boolean },
): Classification {
  const s: Scan = { tokens, consumed, lang, cues: cues[lang], ...time };
  let i = nextContent(s, 0);
  let greeted = false;
  let obliged = false;
  let needed = false;
  // greetings, politeness and "I need to" before the request
  for (;;) {
    const greeting = phraseAt(s, i, s.cues.greetings);
    const obligation = phraseAt(s, i, s.cues.obligations);
    const need = phraseAt(s, i, s.cues.needs);
    const filler = phraseAt(s, i, s.cues.fillers);
    const n = Math.max(greeting, obligation, need, filler);
    if (n === 0) break;
    greeted ||= greeting > 0;
    obliged ||= obligation > 0 && obligation >= filler;
    needed ||= need > 0 && need >= obligation;
    i = nextContent(s, i + n);
  }
  const start = i;
  if (
    findPhrase(
      s,
      s.cues.helpPhrases.filter((p) => p[0] === '/'),
    ) !== undefined
  )
    return { intent: 'help', start };
  // "i miei promemoria": a question about the agenda, though it names reminders
  const found =
    classifyHead(s, start) ??
    (findPhrase(s, s.cues.agendaPhrases) === undefined ? classifyAnywhere(s, start) : undefined);
  // "trovami un'ora libera giovedì", "when am I free tomorrow?": free time in the client's own agenda
  if (!['reminder', 'cancel', 'reschedule'].includes(found?.intent ?? '') && isFreeSlotsRequest(tokens, lang))
    return { intent: 'free_slots', start };
  if (found === undefined) {
    const intent = fallback(s, start, greeted, needed);
    return { intent: obliged && intent === 'other' && s.timed ? 'reminder' : intent, start };
  }
  if (obliged && found.intent !== 'reminder') {
    // "devo pagare l'F24 venerdì": something the client has to do, so a reminder of all of it
    return { intent: s.dated ? 'reminder' : 'other', start };
  }
  return { intent: found.intent, head: found.head, start };
}
