import type { Lang, TaskCategory } from '../contract.js';
import type { Token } from '../normalize.js';

/**
 * Verbs a client opens a request with, by what they ask for. Italian verbs are listed once
 * by stem and conjugation; every imperative, infinitive and polite form is generated, with
 * the clitic pronouns Italians attach ("prenotami", "ricordamelo", "mi prenoti").
 */
export type VerbClass =
  | 'reminder' // ricordami, remind
  | 'book' // prenota, book: a booking, or a task when it is travel
  | 'fix' // fissa: a booking
  | 'put' // metti/aggiungi/blocca, put/add/block: a booking when the calendar is named
  | 'note' // segna/annota, note/mark: a booking when the calendar or a time is there
  | 'schedule' // organizza/programma, schedule/arrange: a booking for a meeting
  | 'task'
  | 'cancel'
  | 'reschedule'
  | 'agenda' // elenca/mostra, show/list
  | 'causative' // fammi/fai, let/help: the next verb decides
  | 'set' // set a reminder / set up a call
  | 'make'; // make a reservation

export interface Verb {
  /** infinitive, used to write a task's text ("Prepara la fattura" -> "preparare la fattura") */
  lemma: string;
  cls: VerbClass;
  category?: TaskCategory;
  /** a participle: the client reports a change ("è stata rinviata", "has been moved"), the item comes before it */
  reported?: true;
}

type Conjugation = 'are' | 'ere' | 'ire' | 'isc';
type ItalianEntry = [stem: string, conjugation: Conjugation, cls: VerbClass, category?: TaskCategory];

const ITALIAN_REGULAR: readonly ItalianEntry[] = [
  ['ricord', 'are', 'reminder'],
  ['rammen', 'are', 'reminder'],
  ['avvis', 'are', 'reminder'],
  ['avvert', 'ire', 'reminder'],
  ['svegli', 'are', 'reminder'],
  ['prenot', 'are', 'book', 'booking'],
  ['riserv', 'are', 'book', 'booking'],
  ['fiss', 'are', 'fix', 'booking'],
  ['segnal', 'are', 'task'],
  ['segn', 'are', 'note'],
  ['annot', 'are', 'note'],
  ['appunt', 'are', 'note'],
  ['mett', 'ere', 'put'],
  ['aggiung', 'ere', 'put'],
  ['blocc', 'are', 'put'],
  ['inser', 'isc', 'put'],
  ['programm', 'are', 'schedule'],
  ['pianific', 'are', 'schedule'],
  ['organizz', 'are', 'schedule', 'booking'],
  ['chiam', 'are', 'task', 'call'],
  ['telefon', 'are', 'task', 'call'],
  ['contatt', 'are', 'task', 'call'],
  ['scriv', 'ere', 'task', 'writing'],
  ['redig', 'ere', 'task', 'writing'],
  ['corregg', 'ere', 'task', 'writing'],
  ['rived', 'ere', 'task', 'writing'],
  ['cre', 'are', 'task', 'writing'],
  ['prepar', 'are', 'task', 'admin'],
  ['mand', 'are', 'task'],
  ['invi', 'are', 'task', 'email'],
  ['inoltr', 'are', 'task', 'email'],
  ['sped', 'isc', 'task', 'admin'],
  ['compr', 'are', 'task', 'admin'],
  ['acquist', 'are', 'task', 'admin'],
  ['ordin', 'are', 'task', 'admin'],
  ['cerc', 'are', 'task', 'research'],
  ['trov', 'are', 'task', 'research'],
  ['confront', 'are', 'task', 'research'],
  ['pubblic', 'are', 'task', 'social'],
  ['post', 'are', 'task', 'social'],
  ['rispond', 'ere', 'task', 'email'],
  ['verific', 'are', 'task', 'admin'],
  ['controll', 'are', 'task', 'admin'],
  ['aggiorn', 'are', 'task', 'admin'],
  ['sollecit', 'are', 'task', 'admin'],
  ['pag', 'are', 'task', 'admin'],
  ['stamp', 'are', 'task', 'admin'],
  ['richied', 'ere', 'task', 'admin'],
  ['chied', 'ere', 'task'],
  ['gest', 'isc', 'task', 'admin'],
  ['sistem', 'are', 'task', 'admin'],
  ['compil', 'are', 'task', 'admin'],
  // "presenta un reclamo per lunedì", "sporgi denuncia": filing with an authority or a company (leftovers 19)
  ['present', 'are', 'task', 'admin'],
  ['sporg', 'ere', 'task', 'admin'],
  ['registr', 'are', 'task', 'admin'],
  ['rinnov', 'are', 'task', 'admin'],
  ['trascriv', 'ere', 'task', 'writing'],
  ['riassum', 'ere', 'task', 'writing'],
  ['complet', 'are', 'task'],
  ['ultim', 'are', 'task'],
  ['sbrig', 'are', 'task'],
  ['fin', 'isc', 'task'],
  ['archivi', 'are', 'task', 'admin'],
  ['scansion', 'are', 'task', 'admin'],
  ['fattur', 'are', 'task', 'admin'],
  ['recuper', 'are', 'task'],
  ['ritir', 'are', 'task'],
  ['consegn', 'are', 'task'],
  ['disegn', 'are', 'task'],
  ['progett', 'are', 'task'],
  ['inform', 'are', 'task', 'research'],
  ['occup', 'are', 'task'],
  ['procur', 'are', 'task'],
  ['annull', 'are', 'cancel'],
  ['cancell', 'are', 'cancel'],
  ['elimin', 'are', 'cancel'],
  ['rimuov', 'ere', 'cancel'],
  ['spost', 'are', 'reschedule'],
  ['rimand', 'are', 'reschedule'],
  ['posticip', 'are', 'reschedule'],
  ['anticip', 'are', 'reschedule'],
  ['ritard', 'are', 'reschedule'],
  ['rinvi', 'are', 'reschedule'],
  ['slitt', 'are', 'reschedule'],
  ['cambi', 'are', 'reschedule'],
  ['modific', 'are', 'reschedule'],
  ['elenc', 'are', 'agenda'],
  ['mostr', 'are', 'agenda'],
];

/** Irregular verbs: lemma and the forms (without clitics) that can take clitics. */
const ITALIAN_IRREGULAR: readonly [lemma: string, forms: readonly string[], cls: VerbClass, category?: TaskCategory][] =
  [
    [
      'tradurre',
      ['traduci', 'tradurre', 'tradur', 'traducete', 'traduca', 'traduciate', 'traduceste', 'traducesse'],
      'task',
      'translation',
    ],
    ['fare', ['fai', 'fa', 'fare', 'far', 'fate', 'faccia'], 'causative'],
    ['lasciare', ['lascia', 'lasciare', 'lasciar'], 'causative'],
    ['togliere', ['togli', 'togliere', 'toglier', 'togliete', 'tolga'], 'cancel'],
    ['disdire', ['disdici', 'disdire', 'disdir', 'disdite', 'disdica'], 'cancel'],
    ['vedere', ['vedere', 'veder'], 'agenda'],
    ['dire', ['dire', 'dir'], 'causative'],
    ['aiutare', ['aiuta', 'aiutare', 'aiutar', 'aiutate'], 'causative'],
    // "prendimi un appuntamento col commercialista": getting something for the client, as "get me"
    ['prendere', ['prendi', 'prendere', 'prender', 'prendete', 'prenda'], 'task'],
  ];

/** "get me an appointment", "prendimi un appuntamento": verbs that ask the office to get something. */
export const GETTING_LEMMAS: ReadonlySet<string> = new Set(['get', 'prendere']);

const CLITICS = [
  '',
  'mi',
  'ci',
  'lo',
  'la',
  'li',
  'le',
  'ne',
  'gli',
  'glielo',
  'gliela',
  'glieli',
  'melo',
  'mela',
  'meli',
  'mele',
  'celo',
  'cela',
  'ti',
  'vi',
  'si',
  'telo',
  'tela',
];
/** Monosyllabic imperatives double the clitic's consonant: "fammi", "dimmi", "fallo". */
const DOUBLED = ['mmi', 'cci', 'llo', 'lla', 'lli', 'lle', 'mmelo', 'mmela'];

/**
 * `hard` keeps the sound of -care/-gare verbs: "cerchi", "paghi". The subjunctives are for
 * polite requests: "vorrei che mi preparaste", "vorrei che prepariate", "se mandasse".
 */
function italianForms(stem: string, conj: Conjugation): { plain: string[]; withClitics: string[] } {
  const hard = /[cg]$/.test(stem) ? 'h' : '';
  switch (conj) {
    case 'are':
      return {
        plain: [
          `${stem}a`,
          `${stem}are`,
          `${stem}ate`,
          `${stem}${hard}i`,
          `${stem}${hard}iamo`,
          `${stem}${hard}iate`,
          `${stem}aste`,
          `${stem}asse`,
        ],
        withClitics: [`${stem}a`, `${stem}ar`, `${stem}ate`],
      };
    case 'ere':
      return {
        plain: [`${stem}i`, `${stem}ere`, `${stem}ete`, `${stem}a`, `${stem}iate`, `${stem}este`, `${stem}esse`],
        withClitics: [`${stem}i`, `${stem}er`, `${stem}ete`],
      };
    case 'ire':
      return {
        plain: [`${stem}i`, `${stem}ire`, `${stem}ite`, `${stem}a`, `${stem}iate`, `${stem}iste`, `${stem}isse`],
        withClitics: [`${stem}i`, `${stem}ir`, `${stem}ite`],
      };
    case 'isc':
      return {
        plain: [`${stem}isci`, `${stem}ire`, `${stem}ite`, `${stem}isca`, `${stem}iate`, `${stem}iste`, `${stem}isse`],
        withClitics: [`${stem}isci`, `${stem}ir`, `${stem}ite`],
      };
  }
}

function lemmaOf(stem: string, conj: Conjugation): string {
  return `${stem}${conj === 'isc' ? 'ire' : conj}`;
}

function buildItalian(): Map<string, Verb> {
  const map = new Map<string, Verb>();
  const add = (form: string, verb: Verb): void => {
    if (!map.has(form)) map.set(form, verb);
  };
  for (const [stem, conj, cls, category] of ITALIAN_REGULAR) {
    const verb: Verb =
      category === undefined ? { lemma: lemmaOf(stem, conj), cls } : { lemma: lemmaOf(stem, conj), cls, category };
    const { plain, withClitics } = italianForms(stem, conj);
    for (const form of plain) add(form, verb);
    // "l'udienza è stata rinviata al 4 marzo", "la cena è annullata": the client reports the change
    if (conj === 'are' && (cls === 'reschedule' || cls === 'cancel'))
      for (const ending of ['ato', 'ata', 'ati']) add(stem + ending, { ...verb, reported: true });
    for (const base of withClitics) for (const clitic of CLITICS) add(base + clitic, verb);
  }
  for (const [lemma, forms, cls, category] of ITALIAN_IRREGULAR) {
    const verb: Verb = category === undefined ? { lemma, cls } : { lemma, cls, category };
    for (const base of forms) {
      for (const clitic of CLITICS) add(base + clitic, verb);
      if (base.length <= 3) for (const doubled of DOUBLED) add(base.slice(0, 2) + doubled, verb);
    }
  }
  return map;
}

const ENGLISH: readonly [forms: string, cls: VerbClass, category?: TaskCategory][] = [
  ['remind', 'reminder'],
  ['book reserve', 'book', 'booking'],
  ['schedule arrange organize organise plan', 'schedule', 'booking'],
  ['put add block pencil enter insert pop', 'put'],
  ['note mark', 'note'],
  ['translate', 'task', 'translation'],
  ['write draft proofread edit rewrite review create', 'task', 'writing'],
  ['research find look search compare', 'task', 'research'],
  ['call phone ring contact text', 'task', 'call'],
  ['email mail reply respond answer forward cc', 'task', 'email'],
  ['post publish share tweet', 'task', 'social'],
  [
    'order buy purchase prepare check verify update pay print ship file submit renew chase compile request invoice',
    'task',
    'admin',
  ],
  [
    'send get bring tell inform design sort handle fix follow ask collect pick deliver finish complete transcribe',
    'task',
  ],
  ['cancel delete remove drop scrap clear unschedule', 'cancel'],
  // "prepone" (Indian English: move earlier), "bump" (move along)
  ['move reschedule push postpone delay shift change modify amend prepone bump', 'reschedule'],
  ['show list display view', 'agenda'],
  ['help let', 'causative'],
  ['set', 'set'],
  ['make', 'make'],
];

/** Participles of changes the client reports: "the meeting has been moved to Friday", "dinner is cancelled". */
const ENGLISH_REPORTED: readonly [participle: string, lemma: string, cls: VerbClass][] = [
  ['cancelled', 'cancel', 'cancel'],
  ['canceled', 'cancel', 'cancel'],
  ['moved', 'move', 'reschedule'],
  ['rescheduled', 'reschedule', 'reschedule'],
  ['postponed', 'postpone', 'reschedule'],
  ['pushed', 'push', 'reschedule'],
  ['delayed', 'delay', 'reschedule'],
  ['shifted', 'shift', 'reschedule'],
  ['preponed', 'prepone', 'reschedule'],
  ['bumped', 'bump', 'reschedule'],
];

function buildEnglish(): Map<string, Verb> {
  const map = new Map<string, Verb>();
  for (const [forms, cls, category] of ENGLISH) {
    for (const form of forms.split(' ')) {
      if (!map.has(form)) map.set(form, category === undefined ? { lemma: form, cls } : { lemma: form, cls, category });
    }
  }
  for (const [participle, lemma, cls] of ENGLISH_REPORTED) map.set(participle, { lemma, cls, reported: true });
  return map;
}

const verbs: Record<Lang, Map<string, Verb>> = { it: buildItalian(), en: buildEnglish() };

export function lookupVerb(norm: string, lang: Lang): Verb | undefined {
  return verbs[lang].get(norm);
}

const JOINS: ReadonlySet<string> = new Set(['e', 'and']);
const BEFORE_VERB: ReadonlySet<string> = new Set(['poi', 'then', 'tu', 'anche', 'also', 'pure']);

/** "chiama tu la pizzeria e prenota x 4", "call them and book": a booking verb joined by "e"/"and" after `from`. */
export function bookingJoined(tokens: readonly Token[], from: number, lang: Lang): boolean {
  for (let i = from; i < tokens.length - 1; i++) {
    if (!JOINS.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    while (j < tokens.length && BEFORE_VERB.has(tokens[j]!.norm)) j++;
    if (lookupVerb(tokens[j]?.norm ?? '', lang)?.cls === 'book') return true;
  }
  return false;
}

/** "book club", "book fair", "call with the bank": a verb's word opening a noun of its own is no verb (the event's name). */
const NOUN_COMPOUNDS: Record<Lang, Readonly<Record<string, ReadonlySet<string>>>> = {
  it: {},
  en: { book: new Set(['club', 'clubs', 'fair', 'launch', 'signing', 'group']), call: new Set(['with']) },
};

export const opensCompoundNoun = (tokens: readonly Token[], i: number, lang: Lang): boolean =>
  NOUN_COMPOUNDS[lang][tokens[i]?.norm ?? '']?.has(tokens[i + 1]?.norm ?? '') === true;
