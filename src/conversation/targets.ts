/**
 * Finding which of the client's own items a cancel/reschedule message means ("annulla il
 * promemoria per la polizza", "sposta il dentista"). Pure: the flow passes the candidates.
 */
export type ItemKind = 'reminder' | 'booking' | 'ticket';

export interface Candidate {
  kind: ItemKind;
  id: string;
  /** the words that describe it: reminder text, booking title and with whom, ticket summary */
  label: string;
}

const kindWords: Record<ItemKind, RegExp> = {
  reminder: /^(promemoria|reminders?|ricord\w*|remind\w*)$/,
  booking:
    /^(appuntament\w*|prenotazion\w*|booking\w*|appointments?|meetings?|riunion\w*|incontr\w*|eventi|evento|events?|udienz\w*|calls?|chiamat\w*)$/,
  ticket: /^(richiest\w*|ticket\w*|request\w*|task\w*|lavor\w*|pratica|pratiche)$/,
};

const stopWords = new Set(
  'il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla in nel nella con col coi su per tra fra e o mio mia miei mie che the a an of for to my with on at in and or about please per favore annulla cancella elimina togli sposta anticipa posticipa rimanda cancel delete remove move push reschedule postpone it this that quello quella questo questa sono siamo is are'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !stopWords.has(w));
}

/** Longest start two words share. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Two words are the same word in another form ("fattura"/"fatture", "dentist"/"dentista"): they
 * share a start of at least four letters and differ only in an ending of at most two. A word
 * never matches a prefix of another word ("richiesta" is not "richiamare", "dent" is not
 * "dentista"), and a number matches only itself.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shared = sharedStart(a, b);
  return shared >= 4 && a.length - shared <= 2 && b.length - shared <= 2;
}

/** A word that names a kind of event ("riunione", "cena", "visita"): a booking's kind, and words a reminder's text may hold too. */
const isEventWord = (w: string): boolean => Object.values(eventKinds).some((re) => re.test(w));

/** The kinds of item named by a word that says nothing else ("il promemoria", "l'appuntamento", "la richiesta"). */
function kindsOnlyNamed(all: string[]): ItemKind[] {
  return (Object.keys(kindWords) as ItemKind[]).filter((k) => all.some((w) => kindWords[k].test(w) && !isEventWord(w)));
}

/**
 * The candidates that best fit the target: an empty list when nothing fits, one item when the
 * target is clear, several when it is ambiguous (the flow then asks with buttons). Words of an
 * event ("la riunione col commercialista") score on reminders and bookings alike; a tie goes to
 * the kind they name.
 */
export function matchTargets(target: string, candidates: Candidate[]): Candidate[] {
  const all = words(target);
  const kinds = (Object.keys(kindWords) as ItemKind[]).filter((k) => all.some((w) => kindWords[k].test(w)));
  const ofKind = candidates.filter((c) => kinds.includes(c.kind));
  const isKindWord = (w: string) => Object.values(kindWords).some((re) => re.test(w));
  // "sposta la riunione": every booking, but never one of another kind of event (the dinner)
  if (all.every(isKindWord)) return ofKind.filter((c) => !ofAnotherEventKind(target, c));
  // no item of the kind named: the kind word still scores on the labels ("the restaurant booking" among requests)
  const restricting = kindsOnlyNamed(all);
  const narrowed = candidates.filter((c) => restricting.includes(c.kind));
  const pool = narrowed.length ? narrowed : candidates;
  const found = bestScored(all, pool, kinds);
  // "la richiesta del tavolo": no request fits by name, but a booking does (the office books it on a request)
  if (found.length === 0 && restricting.includes('ticket') && narrowed.length)
    return bestScored(
      all,
      candidates.filter((c) => c.kind === 'booking'),
      kinds,
    );
  return found;
}

/** The candidates whose labels share the most words with the target's (none when no word is shared), those of a kind named first. */
function bestScored(all: string[], pool: Candidate[], kinds: ItemKind[]): Candidate[] {
  // Kind words still score: "la chiamata con l'architetto" prefers the call over the meeting.
  const scored = pool.map((c) => {
    const label = words(c.label);
    return { c, score: all.filter((w) => label.some((l) => sameWord(w, l))).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.c);
  const named = top.filter((c) => kinds.includes(c.kind));
  return named.length ? named : top;
}

/**
 * Whether the target names this item as it is, so acting on it is no guess: every word of the
 * target is in its words, and no word names another kind of item ("la riunione col
 * commercialista" found in a reminder's text is a guess: a meeting was named). Pure.
 */
export function namesExactly(target: string, c: Candidate): boolean {
  const all = words(target);
  const kinds = kindsOnlyNamed(all);
  if (kinds.some((k) => k !== c.kind)) return false;
  // "the reminder to call Rossi" names a reminder; "la riunione col commercialista" alone names a booking
  if (c.kind !== 'booking' && kinds.length === 0 && all.some(isEventWord)) return false;
  const label = words(c.label);
  return all.every((w) => kindWords[c.kind].test(w) || label.some((l) => sameWord(w, l)));
}

/**
 * Kinds of event and the words that name them, in a target or a booking's title: a meal (and the
 * table or restaurant booked for it), a meeting or call, a visit to a doctor.
 */
const eventKinds: Record<'meal' | 'meeting' | 'visit', RegExp> = {
  meal: /^(cen[ae]|cenetta|pranz[oi]|colazion[ei]|aperitiv[oi]|brunch|dinners?|lunch(es)?|breakfasts?|tavol[oi]|tables?|ristorant[ei]|restaurants?|trattori[ae]|pizzeri[ae]|osteri[ae]|bistrot|bistros?|sushi)$/,
  meeting: /^(riunion[ei]|meetings?|calls?|chiamat[ae]|videocall|incontr[oi]|conference)$/,
  visit: /^(visit[ae]|visits?|medic[oi]|doctors?|dottor[ei]|dentist[ai]?|dentists|checkups?|controll[oi])$/,
};

function eventKindsOf(text: string): Set<string> {
  const all = words(text);
  return new Set(Object.entries(eventKinds).flatMap(([kind, re]) => (all.some((w) => re.test(w)) ? [kind] : [])));
}

/** A booking whose title names a kind of event the target does not ("table at Nobu" for "the meeting"). */
function ofAnotherEventKind(target: string, c: Candidate): boolean {
  const named = eventKindsOf(target);
  if (c.kind !== 'booking' || named.size === 0) return false;
  const kinds = eventKindsOf(c.label);
  return kinds.size > 0 && ![...kinds].some((k) => named.has(k));
}

/**
 * The bookings a target names by the kind of event when no name fits: "the dinner", "la cena"
 * are the restaurant bookings ("table at Nobu"), "la call" the meetings and calls, "la visita"
 * the doctor's. A booking of another kind never fits; one of no kind fits only when none of the
 * kind named exists. Empty when the target names no kind of event. Pure.
 */
export function matchByEventKind(target: string, candidates: Candidate[]): Candidate[] {
  const named = eventKindsOf(target);
  if (named.size === 0) return [];
  const bookings = candidates.filter((c) => c.kind === 'booking').map((c) => ({ c, kinds: eventKindsOf(c.label) }));
  const same = bookings.filter(({ kinds }) => [...kinds].some((k) => named.has(k)));
  return (same.length ? same : bookings.filter(({ kinds }) => kinds.size === 0)).map(({ c }) => c);
}

/**
 * Whether two texts speak of the same thing: a word of four letters or more (no number) they
 * share, in any form ("lettera"/"lettere"). Pure.
 */
export function sharesWords(a: string, b: string): boolean {
  const some = (text: string) => words(text).filter((w) => w.length >= 4 && !/\d/.test(w));
  const others = some(b);
  return some(a).some((w) => others.some((o) => sameWord(w, o)));
}

/** A verb of cancelling with its object after it: "annullala", "cancellamelo", "toglilo", "drop it". */
const encliticCancel =
  /(?<![\p{L}\p{N}])(?:(?:annull|cancell|elimin)a(?:me|ce)?l[aoei]|(?:togli|lev[a])(?:me|ce)?l[aoei]|(?:cancel|delete|remove|drop|scrap)\s+(?:it|that|this|them))(?![\p{L}\p{N}])/iu;

/** A verb of cancelling with its object before it: "annulla la call…", "cancel the bank call…". */
const leadingCancel =
  /^(?:(?:ok|okay|allora|e|poi|ah|senti|please|and|then)[\s,]+)*(?:annulla|cancella|elimina|togli|leva|cancel|delete|remove|drop)\s+(.+)$/iu;

/** Where the reason starts: a comma, "perché…", "l'hanno…", "since…". */
const reasonStart =
  /[,;:.!?(]|\s(?:perché|perche|xké|xke|xchè|poiché|visto che|dato che|tanto|l'hanno|l'ha|hanno|because|since|as|cause|they|it's been|it has been)(?![\p{L}\p{N}])/iu;

/**
 * The noun phrase a cancel verb governs, without the reason given with it: "la call con la banca
 * cancellala, l'hanno spostata a gennaio" → "la call con la banca"; "annulla la cena perché
 * piove" → "la cena". Undefined when the words have neither shape. Pure.
 */
export function governedTarget(text: string): string | undefined {
  const enclitic = encliticCancel.exec(text);
  if (enclitic) {
    const before = text.slice(0, enclitic.index).split(/[,;:.!?]/u);
    const phrase = withoutArticle(
      before
        .map((s) => s.trim())
        .filter(Boolean)
        .at(-1) ?? '',
    );
    if (phrase) return phrase;
  }
  const leading = leadingCancel.exec(text.trim());
  if (!leading) return undefined;
  const object = leading[1]!;
  const reason = reasonStart.exec(object);
  return withoutArticle(reason ? object.slice(0, reason.index) : object);
}

/** "la call con la banca" → "call con la banca": the words as the client's list shows them. */
function withoutArticle(phrase: string): string | undefined {
  const bare = phrase
    .trim()
    .replace(/^(?:(?:il|lo|la|i|gli|le|un|uno|una|the|my|a|an)\s+|l'|un')/iu, '')
    .trim();
  return bare || undefined;
}
