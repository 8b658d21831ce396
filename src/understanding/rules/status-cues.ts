import type { AvailabilityKind, Lang } from '../contract.js';
import { normalizeTokens, tokenize } from '../normalize.js';

/** The words of a status ("sono in riunione", "I'm on a call", "non disturbatemi"), read by status.ts. */

export type Phrase = readonly string[];

function phrases(lang: Lang, list: readonly string[]): Phrase[] {
  return list
    .map((p) => normalizeTokens(tokenize(p), lang).flatMap((t) => t.norm.split(' ')))
    .flatMap((p) => (p[0] === 'i' && p[1] === "'m" ? [p, ['im', ...p.slice(2)]] : [p])) // "im on a call"
    .sort((a, b) => b.length - a.length);
}

export interface StatusCues {
  lead: ReadonlySet<string>;
  /** greetings and apologies before the status ("buonasera scusa l'orario, …") */
  leadPhrases: Phrase[];
  statuses: { kind: AvailabilityKind; phrases: Phrase[] }[];
  /** words that may sit around the end time ("fino alle", "for the next") */
  glue: ReadonlySet<string>;
}

export const cues: Record<Lang, StatusCues> = {
  it: {
    lead: new Set([
      'ciao',
      'ok',
      'okay',
      'allora',
      'guarda',
      'ehi',
      'hey',
      'ora',
      'adesso',
      'fyi',
      'intanto',
      'da',
      'raga',
      'ragazzi',
    ]),
    leadPhrases: phrases('it', [
      ...['buongiorno', 'buonasera', 'salve', 'buondi', 'ue', 'senti', 'sentite', 'comunque'],
      ...['scusa', 'scusi', 'scusate', 'scusami'].flatMap((s) => [
        s,
        `${s} l'orario`,
        `${s} l'ora`,
        `${s} il disturbo`,
      ]),
    ]),
    statuses: [
      {
        kind: 'dnd',
        phrases: phrases('it', [
          'non disturbare',
          'non disturbarmi',
          'non mi disturbare',
          'non voglio essere disturbato',
          'non voglio essere disturbata',
          'modalità non disturbare',
          'non disturbatemi',
          'non mi disturbate',
          'non disturbate',
          'non passatemi nessuno',
          'non mi passate nessuno',
          'non passatemi chiamate',
          'non chiamatemi',
          'non mi chiamate',
          'non scrivetemi',
          'non mi scrivete',
          'non sono raggiungibile',
          'non ci sono per nessuno',
          'non sono reperibile',
          'non rispondo',
          'non rispondo al telefono',
          'non posso rispondere',
        ]),
      },
      {
        kind: 'busy',
        phrases: phrases('it', [
          'sono in riunione',
          'sono in una riunione',
          'sono in call',
          'sono in una call',
          'sono in chiamata',
          'sono al telefono',
          'sono occupato',
          'sono occupata',
          'sono impegnato',
          'sono impegnata',
          'sono in udienza',
          'sono fuori ufficio',
          'sono fuori',
          'saro fuori',
          'non ci sono',
          'non ci saro',
          'sono via',
          'saro via',
          'sono dal cliente',
          // "sono chiusa in cabina con una cliente", "sono con un paziente"
          'sono chiuso',
          'sono chiusa',
          'sono con un cliente',
          'sono con una cliente',
          'sono con dei clienti',
          'sono con un paziente',
          'sono con una paziente',
          'sono in viaggio',
          'sono in riunione con un cliente',
          'in riunione',
          'sono in tribunale',
          'sono in trasferta',
          'sono in ferie',
          'sono in pausa',
          'sono a pranzo',
          'sono a cena',
          'sono in macchina',
          'sto guidando',
          'sono in volo',
          // headline style, no verb: "fuori ufficio fino a lunedì", "in volo fino alle 3"
          'fuori ufficio',
          'fuori sede',
          'occupato',
          'occupata',
          'impegnato',
          'impegnata',
          'in call',
          'in volo',
          'in ferie',
          'in viaggio',
          'in trasferta',
          'in udienza',
          'in tribunale',
        ]),
      },
      {
        kind: 'available',
        phrases: phrases('it', [
          'sono libero',
          'sono libera',
          'sono di nuovo libero',
          'sono di nuovo libera',
          'sono disponibile',
          'sono di nuovo disponibile',
          'sono a disposizione',
          'sono tornato',
          'sono tornata',
          'ho finito',
          'riunione finita',
          'eccomi',
          'sono in ufficio',
          'sono di nuovo in ufficio',
          'sono rientrato',
          'sono rientrata',
          'sono di ritorno',
          'sono operativo',
          'sono operativa',
          'sono di nuovo operativo',
          'sono di nuovo operativa',
          'sono raggiungibile',
          'sono di nuovo raggiungibile',
          'passatemi le chiamate',
          'passatemi pure le chiamate',
          'potete passarmi le chiamate',
        ]),
      },
    ],
    glue: new Set([
      'fino',
      'a',
      'al',
      'alle',
      "all'",
      'alla',
      'per',
      'circa',
      'almeno',
      'e',
      'grazie',
      'quindi',
      'prossima',
      'prossime',
      'prossimi',
      'la',
      'le',
      'i',
      'un',
      'una',
      'ora',
      'adesso',
      // "sono libera da adesso (in poi)", "a partire da ora"
      'da',
      'in',
      'poi',
      'partire',
      'subito',
    ]),
  },
  en: {
    lead: new Set([
      'hi',
      'hey',
      'hello',
      'ok',
      'okay',
      'so',
      'just',
      'fyi',
      'heads',
      'up',
      'now',
      'from',
      'on',
      'hiya',
      'guys',
      'please',
    ]),
    leadPhrases: phrases('en', [
      'good morning',
      'good evening',
      // "morning! in meetings till 1": a part of the day closed by a stop is a greeting
      ...['morning', 'afternoon', 'evening'].flatMap((part) => [`${part} !`, `${part} ,`]),
      'sorry',
      'sorry to bother you',
      'sorry for the late message',
    ]),
    statuses: [
      {
        kind: 'dnd',
        phrases: phrases('en', [
          'do not disturb',
          "don't disturb me",
          'do not disturb me',
          'dnd',
          'hold my calls',
          'hold all calls',
          'no calls',
          "don't call",
          "don't call me",
          'do not call',
          "don't put anyone through",
          'do not put anyone through',
          "don't put calls through",
          "don't put any calls through",
          "don't ring me",
          'do not ring me',
          "don't phone me",
          "don't text me",
          "don't disturb",
        ]),
      },
      {
        kind: 'busy',
        phrases: phrases('en', [
          "i'm in a meeting",
          'i am in a meeting',
          "i'm in meetings",
          'i am in meetings',
          "i'm in back to back meetings",
          'back to back meetings',
          'back-to-back meetings',
          "i'm on a call",
          'i am on a call',
          "i'm on the phone",
          "i'm busy",
          'i am busy',
          "i'm out of office",
          'i am out of office',
          'out of office',
          'out of the office',
          'ooo',
          "i'm in court",
          'i am in court',
          "i'm with a client",
          'i am with a client',
          'in a meeting',
          'in a call',
          'on a call',
          'in court',
          "i'm stuck in traffic",
          'stuck in traffic',
          "i'm driving",
          'i am driving',
          "i'm at lunch",
          "i'm on holiday",
          "i'm away",
          "i'm travelling",
          "i'm traveling",
          // headline style, no subject: "busy till 7", "out of office until tuesday"
          'busy',
          'away',
          'in meetings',
          'in back to back meetings',
          'on holiday',
          'on vacation',
          "i'm on vacation",
          'travelling',
          'traveling',
          'on a flight',
          "i'm on a flight",
        ]),
      },
      {
        kind: 'available',
        phrases: phrases('en', [
          "i'm free",
          'i am free',
          "i'm back",
          'i am back',
          "i'm available",
          'i am available',
          "i'm free again",
          'meeting over',
          'done with the meeting',
          "i'm back in the office",
          "i'm in the office",
          'back in the office',
          "i'm back at my desk",
          'you can put calls through',
          'put my calls through',
          'put calls through',
        ]),
      },
    ],
    glue: new Set([
      'until',
      'till',
      'til',
      'for',
      'the',
      'next',
      'about',
      'at',
      'least',
      'around',
      'please',
      'thanks',
      'and',
      'so',
      'now',
      'right',
      'a',
      'an',
      // "i'm free from now on"
      'from',
      'on',
      // "im free now if u need me"
      'if',
      'you',
      'need',
      'me',
      // "in a meeting til half 12 txt if urgent", "call only if its urgent"
      ...['txt', 'text', 'msg', 'message', 'email', 'whatsapp', 'ring', 'call', 'only', 'urgent', 'needed'],
      ...['necessary', 'emergency', 'emergencies', 'its', "it's", 'it', 'is', 'unless'],
      // "at footy training till 7 then free"
      ...['then', 'free', 'after', 'afterwards', 'available'],
    ]),
  },
};

export const AWAY: Record<
  Lang,
  { subjects: readonly string[]; places: readonly string[]; headlines?: readonly string[] }
> = {
  it: {
    // "sono chiusa in cabina": shut in a place is being there
    subjects: ['sono', 'saro', 'sono chiuso', 'sono chiusa'],
    places:
      "da dal dalla dai dallo dall' a al alla allo all' in nel nella fuori via sotto sopra sul sulla presso dentro".split(
        ' ',
      ),
  },
  // "in a workshop until noon": a headline with no subject names the place with an article
  en: {
    subjects: ["i'm", 'i am', "i'll be", 'i will be'],
    places: ['at', 'with', 'on', 'in'],
    headlines: ['in a', 'in the', 'at a', 'at the', 'on a', 'on the'],
  },
};
/** "sono", "I am": a status whose end comes before the place ("I am until Friday on a business trip") */
export const AWAY_SUBJECTS: Record<Lang, Phrase[]> = {
  it: phrases('it', AWAY.it.subjects),
  en: phrases('en', AWAY.en.subjects),
};
/** "sono dal", "i'll be at": built once, read on every message */
export const AWAY_LEADS: Record<Lang, Phrase[]> = {
  it: phrases(
    'it',
    AWAY.it.subjects.flatMap((subject) => AWAY.it.places.map((p) => `${subject} ${p}`)),
  ),
  en: phrases('en', [
    ...AWAY.en.subjects.flatMap((subject) => AWAY.en.places.map((p) => `${subject} ${p}`)),
    ...(AWAY.en.headlines ?? []),
  ]),
};

/** "nn fissatemi niente", "don't book anything": the client keeps the agenda closed (dnd phrases count too) */
export const NO_BOOKING: Record<Lang, Phrase[]> = {
  it: phrases('it', ['non fissatemi', 'non fissate', 'non fissare', 'non prenotate', 'non prenotare', 'non mettetemi']),
  en: phrases('en', ["don't book", 'do not book', "don't schedule", 'do not schedule', "don't put anything"]),
};
