import { asideBooking } from './aside-request.js';
import { partyOf } from './party.js';
import type { Lang, Understanding } from '../contract.js';
import type { Classification } from './intent.js';
import type { Token } from '../normalize.js';
import { RIDE_VERBS, isRideNoun } from './requests.js';
import { bookingJoined, GETTING_LEMMAS } from './verbs.js';

/**
 * Whether a booking needs the office to arrange it with an outside party ("prenota un tavolo
 * per 4 da Mario", "fissami il dentista giovedì", "book me a dentist appointment") or is an
 * event the client only puts on their own agenda ("riunione con Rossi domani alle 10",
 * "metti in agenda il dentista"). The office books with a provider when the client asks it to
 * book (a booking verb, or "I need a table") something only a provider gives: a table, a room,
 * a visit to a professional or a shop, or a place named after "da"/"presso"/"at".
 */

interface Words {
  /** what only an outside party gives: tables, rooms, visits to professionals and shops */
  providers: ReadonlySet<string>;
  /** "da Mario", "dal medico", "presso lo studio": the place that is booked */
  venueWords: ReadonlySet<string>;
  /** venue words that need a proper name after them ("da Mario", "at Da Mario") */
  namedVenueWords: ReadonlySet<string>;
  /**
   * professionals the office makes an appointment with ("fissami un appuntamento con il geometra", "book me a
   * call with Dr Lee"): outside parties, unless a meeting with them is already at a clock time (then it is the
   * client's own meeting to put in the agenda: "mi fissi la riunione col geometra giovedì alle 10?")
   */
  professionals: ReadonlySet<string>;
  /** what a request with no booking verb must name ("mi serve un tavolo", "I need a table") */
  tables: ReadonlySet<string>;
  /** a meal or an eating place booked: "brunch da Nora per 5", "dinner at Gino's for 6" count people too */
  meals: ReadonlySet<string>;
  /** "per 4 persone", "for 4 people", "tavolo per 4" */
  partyWords: ReadonlySet<string>;
  people: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  /** the client's own meetings: "prenota una riunione presso lo studio Bianchi" needs no provider */
  meetings: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const words: Record<Lang, Words> = {
  it: {
    providers: set(
      'tavolo tavoli ristorante pizzeria trattoria osteria camera stanza sala sale saletta aula dentista medico dottore dottoressa pediatra oculista dermatologo ' +
        'fisioterapista osteopata veterinario parrucchiere parrucchiera barbiere estetista massaggio meccanico gommista carrozziere carrozzeria ' +
        'officina revisione tagliando notaio visita analisi esami spa ' +
        // professionals and treatments booked at their studio (leftovers 19)
        'commercialista avvocato avvocata cardiologo ginecologo ortopedico psicologo psicologa nutrizionista podologo logopedista ' +
        'manicure pedicure ceretta ' +
        // rides, and travel at a fixed time ("il treno delle 8:05"): see isTravelTask in intent.ts
        'taxi ncc uber navetta transfer autista treno treni volo voli aereo traghetto biglietto biglietti hotel albergo',
    ),
    professionals: set(
      'geometra architetto architetta ingegnere perito idraulico elettricista fabbro falegname tecnico consulente ' +
        'dott dottor dott.ssa avv ing arch geom prof',
    ),
    tables: set('tavolo tavoli camera stanza'),
    meals: set('pranzo cena colazione brunch aperitivo ristorante pizzeria trattoria'),
    venueWords: set('dal dallo dalla dai dagli dalle presso'),
    namedVenueWords: set('da'),
    partyWords: set('per'),
    people: set('persone persona coperti'),
    calendarWords: set('agenda calendario diario'),
    meetings: set(
      'riunione riunioni call meeting incontro videochiamata videocall conferenza webinar colloquio lezione corso seminario assemblea udienza',
    ),
  },
  en: {
    providers: set(
      'table tables restaurant room dentist doctor gp pediatrician optician dermatologist physio physiotherapist osteopath vet ' +
        'hairdresser hairdressers barber barbers haircut beautician massage mechanic garage service mot notary checkup check-up spa ' +
        'accountant solicitor lawyer cardiologist gynaecologist gynecologist psychologist nutritionist podiatrist chiropodist ' +
        'manicure pedicure nails waxing ' +
        'taxi taxis cab cabs uber grab lyft minicab shuttle transfer chauffeur ride train trains flight flights ferry ticket tickets hotel',
    ),
    professionals: set(
      'dr doctor surveyor architect engineer plumber electrician locksmith carpenter technician consultant therapist counsellor',
    ),
    tables: set('table tables room'),
    meals: set('lunch dinner breakfast brunch restaurant'),
    venueWords: set(''),
    namedVenueWords: set('at'),
    partyWords: set('for'),
    people: set('people persons guests'),
    calendarWords: set('calendar diary agenda schedule'),
    meetings: set(
      'meeting meetings call calls conference webinar interview class lesson workshop hearing session demo',
    ),
  },
};

/** a place word right after these is where the event is held ("in room 3", "in sala 3"), not what is booked */
const LOCATIVE = new Set(['in', 'nella', 'nel', 'nello']);

/** Verb classes with which the client asks the office to book something for them. */
const BOOKING_VERBS = new Set(['book', 'fix', 'make']);

export interface ThirdPartyInput {
  tokens: readonly Token[];
  /** tokens used by time expressions */
  consumed: readonly boolean[];
  lang: Lang;
  classification: Classification;
  /** the booking is at a clock time */
  timed?: boolean | undefined;
}

const isCapitalized = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.raw);

/** After "per N": a length, a date or a price, not people. */
const NOT_PEOPLE =
  /^(minut|min$|or[ae]$|h$|giorn|gg$|nott|settiman|mes[ei]$|ann[oi]$|euro|€|volt|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|°|\/|\.|:|-)/;

/** The party size: "per 4", "per 4 persone", "for 4 people", "for two". */
function partySize(input: ThirdPartyInput, from: number): number | undefined {
  const w = words[input.lang];
  for (let i = from; i < input.tokens.length - 1; i++) {
    const next = input.tokens[i + 1];
    if (!w.partyWords.has(input.tokens[i]?.norm ?? '') || next?.kind !== 'number' || input.consumed[i + 1]) continue;
    const n = Number(next.norm);
    const after = input.tokens[i + 2]?.norm ?? '';
    // "per 4" counts people only after a table or with "persone": "per 2 ore" is a duration
    // "prenota x 2 da Dishoom": right after the verb, Italian says an hour with its article, so a bare number is people
    const afterVerb = input.lang === 'it' && i === from && !NOT_PEOPLE.test(after);
    const counted =
      afterVerb ||
      w.people.has(after) ||
      input.tokens.slice(from, i).some((t) => w.tables.has(t.norm) || w.meals.has(t.norm));
    if (counted && Number.isInteger(n) && n >= 1 && n <= 500) return n;
  }
  return undefined;
}

function namesVenue(input: ThirdPartyInput, from: number): boolean {
  const w = words[input.lang];
  for (let i = from; i < input.tokens.length - 1; i++) {
    if (input.consumed[i] || input.consumed[i + 1]) continue;
    const norm = input.tokens[i]?.norm ?? '';
    if (w.venueWords.has(norm) && input.tokens[i + 1]?.kind === 'word') return true;
    if (w.namedVenueWords.has(norm) && isCapitalized(input.tokens[i + 1])) return true;
  }
  return false;
}

const BUSINESS_WORDS: ReadonlySet<string> = new Set('slot store shop salon clinic branch negozio salone'.split(' '));

/** "book the van in for an oil change", "book me in with the physio": a slot at a business, taken by the office */
const bookedIn = (rest: readonly Token[], verb: { cls: string } | undefined): boolean =>
  verb?.cls === 'book' &&
  rest.slice(0, 4).some((t, k) => t.norm === 'in' && ['for', 'with', 'at', undefined].includes(rest[k + 1]?.norm));

/** The slots to add to a booking the office must arrange with an outside party; none for the client's own events. */
export function thirdPartySlots(input: ThirdPartyInput): Pick<Understanding, 'viaOffice' | 'partySize'> {
  const { classification, tokens, lang } = input;
  if (classification.intent !== 'booking') return {};
  if (asksToArrange(tokens)) return { viaOffice: true };
  const w = words[lang];
  const verb = classification.head?.verb;
  const from = classification.head ? classification.head.last + 1 : classification.start;
  // "in room 3", "nella sala riunioni": where the client's event takes place, nothing to book
  const rest = tokens.slice(from).filter((_, k) => !LOCATIVE.has(tokens[from + k - 1]?.norm ?? ''));
  const asked =
    verb === undefined
      ? classification.head === undefined &&
        // "stanza 12", "room 3": a numbered room is where the event is held
        (rest.some((t) => w.tables.has(t.norm) && !/^\d+$/.test(tokens[tokens.indexOf(t) + 1]?.norm ?? '')) ||
          classification.needed === true ||
          asideBooking(tokens, lang)?.verb.cls === 'book')
      : BOOKING_VERBS.has(verb.cls) ||
        GETTING_LEMMAS.has(verb.lemma) ||
        (RIDE_VERBS.has(verb.lemma) && rest.some((t) => isRideNoun(t.norm, lang))) ||
        (verb.category === 'call' && bookingJoined(tokens, from, lang));
  if (!asked) return {};
  if (rest.some((t) => w.calendarWords.has(t.norm))) return {};
  // "per noi 5", "there will be 6 of us": a party said around its number counts too
  const size = partySize(input, from) ?? partyOf(tokens, lang)?.size;
  const named = (set: ReadonlySet<string>) =>
    tokens
      .slice(from)
      .some((t, k) => !input.consumed[from + k] && set.has(t.norm) && !LOCATIVE.has(tokens[from + k - 1]?.norm ?? ''));
  const meeting = rest.some((t) => w.meetings.has(t.norm));
  const provider =
    named(w.providers) ||
    (named(w.professionals) && !(meeting && input.timed === true)) ||
    bookedIn(tokens.slice(from), verb);
  // "book me a slot at the Fastweb store": a slot at a business, when no meeting of the client's is named
  const business = !meeting && rest.some((t) => BUSINESS_WORDS.has(t.norm));
  if (!provider && !business && (meeting || (size === undefined && !namesVenue(input, from)))) return {};
  return size === undefined ? { viaOffice: true } : { viaOffice: true, partySize: size };
}

/** "…, pls set it up", "can you arrange it": the office is asked to arrange the event with whoever it is with. */
const ARRANGE_IT = [
  ['set', 'it', 'up'],
  ['set', 'that', 'up'],
  ['arrange', 'it'],
  ['organise', 'it'],
  ['organize', 'it'],
];

function asksToArrange(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => ARRANGE_IT.some((words) => words.every((word, k) => tokens[i + k]?.norm === word)));
}

/**
 * "mi fissate un incontro con l'ufficio tecnico tra il 5 e l'8?", "set up a meeting with the landlord next week": a
 * meeting with someone the client asks to have fixed or booked. With a window rather than a time (the caller checks),
 * the office agrees the slot with them.
 */
export function asksForMeetingWith(input: ThirdPartyInput): boolean {
  const { classification, tokens, lang } = input;
  const verb = classification.head?.verb;
  if (classification.intent !== 'booking' || verb === undefined || !BOOKING_VERBS.has(verb.cls)) return false;
  const w = words[lang];
  const from = classification.head!.last + 1;
  const meeting = tokens.findIndex((t, i) => i >= from && w.meetings.has(t.norm));
  const withWord = lang === 'it' ? /^(?:con|col|coi)$/ : /^with$/;
  return meeting >= 0 && tokens.slice(meeting + 1, meeting + 3).some((t) => withWord.test(t.norm));
}
