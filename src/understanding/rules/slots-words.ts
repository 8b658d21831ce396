import type { Lang } from '../contract.js';

/** The words around free-text slots (slots.ts): what leads and trails them, articles, pronouns, chat shorthand. */

export interface Words {
  leading: ReadonlySet<string>;
  trailing: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  /** words that introduce the person a booking is with */
  withWords: ReadonlySet<string>;
  /** words that end the name of that person */
  withStops: ReadonlySet<string>;
  /** words the client uses to address the office, dropped after the verb ("rispondi tu") */
  addressees: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  /** words before a calendar word that go with it ("in my calendar", "nel calendario") */
  calendarLead: ReadonlySet<string>;
  /** the client saying it is theirs, before a booking's title ("I have a hearing", "ho udienza") */
  ownPlans: ReadonlySet<string>;
}

export const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));
export const PUNCT_EDGE = set(', . ! ? : ; - – —');

export const words: Record<Lang, Words> = {
  it: {
    leading: set(
      "di d' che a per : - , del della dello dei degli delle dell' riguardo su sul sulla circa ; ho abbiamo senti senta sentite guarda allora ok comunque ecco",
    ),
    // "…, meglio di pomeriggio": a preference whose time was read
    trailing: set(
      "di d' a per e alle al con da che il la lo le i gli l' un una me meglio preferibilmente possibilmente tra fra",
    ),
    articles: set("il lo la i gli le l' un una uno un' mio mia miei mie nostro nostra"),
    objectPronouns: set('mi ci'),
    withWords: set('con col coi'),
    withStops: set("per a al alla alle all' in da dal dalla su sul nel presso entro che tra fra"),
    addressees: set('tu voi'),
    calendarWords: set('agenda calendario diario'),
    calendarLead: set("in nel nell' sul sull' nella mia mio l' il la"),
    ownPlans: set('ho abbiamo'),
  },
  en: {
    leading: set('to that about of for at : - , re regarding ;'),
    trailing: set('to at on for and by with the a an of it in ideally preferably possibly between is its sometime'),
    articles: set('the a an my our your'),
    objectPronouns: set('me us'),
    withWords: set('with'),
    withStops: set('for at on in to about regarding from by between sometime'),
    addressees: set('you'),
    calendarWords: set('calendar diary agenda schedule'),
    calendarLead: set('in into to on my the our it this that'),
    ownPlans: set("i we i've we've 've have got do"),
  },
};

/** Chat shorthand written out in texts and titles: "x il cliente" reads "per il cliente". */
export const SHORTHAND: Record<Lang, ReadonlyMap<string, string>> = {
  it: new Map([
    ['x', 'per'],
    ['nn', 'non'],
    ['cmq', 'comunque'],
    ['xke', 'perché'],
    ['xche', 'perché'],
    ['ke', 'che'],
    ['cn', 'con'],
    ['qlc', 'qualche'],
    ['qlcs', 'qualcosa'],
  ]),
  en: new Map([
    ['u', 'you'],
    ['ur', 'your'],
    ['pls', 'please'],
    ['thx', 'thanks'],
    ['w/', 'with'],
  ]),
};

/**
 * Abbreviations written out in texts and titles whatever their case, with the stop that may close
 * them: "dentist appt" reads "dentist appointment", "appunt. dal notaio" "appuntamento dal notaio".
 */
export const ABBREVIATIONS: Record<Lang, ReadonlyMap<string, string>> = {
  it: new Map([
    ['appunt', 'appuntamento'],
    ['appuntam', 'appuntamento'],
    ['app.to', 'appuntamento'],
    ['apptm', 'appuntamento'],
    ['riun', 'riunione'],
    ['compl', 'compleanno'],
    ['qnd', 'quando'],
    ['xo', 'però'],
    ['ki', 'chi'],
    ['msg', 'messaggio'],
  ]),
  en: new Map([
    ['appt', 'appointment'],
    ['appts', 'appointments'],
    ['mtg', 'meeting'],
    ['mtgs', 'meetings'],
    ['mtng', 'meeting'],
    ['bday', 'birthday'],
    ['b-day', 'birthday'],
    ['mgr', 'manager'],
    ['dept', 'department'],
    ['acct', 'account'],
    ['ppl', 'people'],
    ['msg', 'message'],
    ['abt', 'about'],
    ['b4', 'before'],
    ['govt', 'government'],
    ['yr', 'year'],
    ['yrs', 'years'],
  ]),
};
