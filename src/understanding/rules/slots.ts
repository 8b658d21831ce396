import { agentAfterVerbLength, causativeIndex } from './delegation.js';
import { withoutVisitWords } from './visit.js';
import { withoutWholeDayWords } from './whole-day.js';
import { beforeAsideClause } from './title-aside.js';
import type { Intent, Lang, Understanding } from '../contract.js';
import type { Token } from '../normalize.js';
import { contrastBefore } from '../contrast.js';
import type { Classification } from './intent.js';
import { taskCategory } from './category.js';
import { lookupVerb } from './verbs.js';
import { partyOf } from './party.js';
import { beforeTailRequest } from './tail-request.js';
import { isPersonTitle } from './requests.js';
import { PUNCT_EDGE, set, words } from './slots-words.js';
import { beforeReasonAfterTime, targetIndices, withoutPointers } from './reason-clause.js';
import { abbreviationStop, render } from './slots-render.js';
import { beforeFallback, withoutAsideRequest } from './aside-request.js';
import { CLOSING_VERBS } from './closing-clause.js';
import { afterLeadEvent, withoutOwnDuty, withoutReminderVerbs } from './reminder-verbs.js';
import { filingParticle, goingTo, isEdge, orderOnItem, politeTailLength, thereIsLength } from './text-edges.js';

/**
 * Free-text slots cut from what the client wrote: the reminder's `text`, the task's `text`
 * and `category`, the booking's `title` and `with`, the `target` of a cancel or reschedule.
 * Time expressions, the request verb and politeness are left out; the rest keeps the
 * client's own words, case and accents.
 */
interface Input {
  text: string;
  tokens: readonly Token[];
  consumed: readonly boolean[];
  lang: Lang;
  intent: Intent;
  classification: Classification;
  /** every time word the message says, the old time of a move too ("da mercoledì a venerdì") */
  timeWords?: readonly boolean[];
}

function trim(
  input: Input,
  indices: number[],
  opts: { leading?: boolean; articles?: boolean; ownPlans?: boolean } = {},
): number[] {
  const w = words[input.lang];
  const norm = (i: number | undefined): string => (i === undefined ? '' : (input.tokens[i]?.norm ?? ''));
  let from = 0;
  let to = indices.length;
  for (;;) {
    const first = norm(indices[from]);
    if (
      from < to &&
      (isEdge(input.tokens[indices[from] ?? -1]) ||
        (opts.leading === true && w.leading.has(first)) ||
        (opts.articles === true && w.articles.has(first)) ||
        (opts.ownPlans === true && (w.ownPlans.has(first) || goingTo(first, norm(indices[from + 1])))))
    )
      from++;
    else if (from + 1 < to && opts.leading === true && thereIsLength(first, norm(indices[from + 1])) > 0) from += 2;
    else break;
  }
  for (;;) {
    const last = norm(indices[to - 1]);
    const tail = politeTailLength(indices.slice(from, to).map(norm), input.lang);
    if (to > from && (isEdge(input.tokens[indices[to - 1]!]) || w.trailing.has(last))) to--;
    else if (tail > 0) to -= tail;
    else break;
  }
  return indices.slice(from, to);
}

/** Politeness and filler anywhere in a message ("x favore", "cmq", "pls", "thanks"): no part of a text or title. */
const FILLERS: Record<Lang, readonly (readonly string[])[]> = {
  it: [['per', 'favore'], ['per', 'piacere'], ['comunque'], ['cortesemente'], ['ao']],
  en: [['please'], ['kindly'], ['do', 'the', 'needful', 'and']],
};
/** Thanks only at a clause's end: "scrivi grazie a Marco" keeps it. */
const THANKS: Record<Lang, readonly (readonly string[])[]> = {
  it: [['grazie', 'mille'], ['grazie']],
  en: [['thank', 'you'], ['thanks'], ['cheers']],
};

/** Per token: part of a filler phrase. */
function fillerTokens(input: Input): boolean[] {
  const { tokens, lang } = input;
  const marks = new Array<boolean>(tokens.length).fill(false);
  const causative = causativeIndex(tokens, lang);
  const at = (list: readonly (readonly string[])[], i: number) =>
    list.find((p) => p.every((word, k) => tokens[i + k]?.norm === word));
  for (let i = 0; i < tokens.length; i++) {
    const filler = at(FILLERS[lang], i);
    const thanks = at(THANKS[lang], i);
    const closing = thanks !== undefined && (tokens[i + thanks.length]?.kind ?? 'punct') === 'punct';
    const phrase = filler ?? (closing ? thanks : undefined);
    if (phrase !== undefined) marks.fill(true, i, i + phrase.length);
    // "mi fai scrivere da qualcuno una mail": who does the work is no part of it
    const agent = agentAfterVerbLength(tokens, i, causative);
    if (agent > 0) marks.fill(true, i, i + agent);
  }
  return marks;
}

/** Tokens of the request itself: after politeness, without the head, time expressions and filler. */
function requestTokens(input: Input, opts: { keepTime?: boolean; keepHead?: boolean } = {}): number[] {
  const { head, start } = input.classification;
  const w = words[input.lang];
  const filler = fillerTokens(input);
  const out: number[] = [];
  for (let i = start; i < input.tokens.length; i++) {
    if ((!opts.keepTime && input.consumed[i]) || filler[i]) continue;
    if (head !== undefined && !opts.keepHead && i >= head.first && i <= head.last) continue;
    const norm = input.tokens[i]?.norm ?? '';
    // "remind me", "rispondi tu": the pronouns around the verb are not part of the request
    if (head !== undefined && i === head.last + 1 && (w.objectPronouns.has(norm) || w.addressees.has(norm))) continue;
    // "mi ricordi giovedì…": the pronoun before the verb too
    if (head !== undefined && i === head.first - 1 && w.objectPronouns.has(norm)) continue;
    out.push(i);
  }
  return out;
}

/** A sentence-initial capital is not the client's: "Translate the..." -> "translate the...". */
function uncapitalize(input: Input, indices: readonly number[], s: string): string {
  const firstWord = input.tokens.findIndex((t) => t.kind !== 'punct');
  if (indices[0] !== firstWord || s.length < 2) return s;
  const word = s.split(/[\s']/)[0] ?? '';
  return word.slice(1) === word.slice(1).toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const CLITICS = new Set(['me', 'mi', 'lo', 'la', 'ce', 'ci', 'te', 'ti', 'melo', 'it']);

const REMINDER_NOUN = /^(promemoria|reminder|reminders|sveglia|alarm)$/;

/** "mandami un promemoria per il bollo": what to remind is after the reminder noun. */
function withoutReminderNoun(input: Input, indices: number[]): number[] {
  const w = words[input.lang];
  const norm = (k: number): string => input.tokens[indices[k] ?? -1]?.norm ?? '';
  let k = 0;
  while (k < indices.length && w.articles.has(norm(k))) k++;
  if (!REMINDER_NOUN.test(norm(k))) return indices;
  k++;
  while (k < indices.length && (w.leading.has(norm(k)) || w.articles.has(norm(k)))) k++;
  return indices.slice(k);
}

/** "…, can you add it?", "…, me lo puoi segnare?": the asking around a closing verb */
const ASKING: ReadonlySet<string> = new Set([
  'can',
  'could',
  'u',
  'please',
  'puoi',
  'potresti',
  'gentilmente',
  'tu',
  '?',
  // "put it in", "note it down": the particle of a phrasal filing verb
  'in',
  'down',
  // "…, riesci a prenotare?"
  ...['riesci', 'riuscite', 'riusciresti', 'a', 'potete', 'potreste'],
]);

/** "appuntamento dal notaio venerdì alle 10, segnalo", "…, add it": a closing clause that is only a verb and its pronoun. */
function withoutClosingVerb(input: Input, indices: number[]): number[] {
  const w = words[input.lang];
  const norm = (k: number): string => input.tokens[indices[k] ?? -1]?.norm ?? '';
  let k = indices.length - 1;
  while (k >= 0 && PUNCT_EDGE.has(norm(k))) k--;
  let verbs = 0;
  for (; k >= 0 && !PUNCT_EDGE.has(norm(k)); k--) {
    const verb = lookupVerb(norm(k), input.lang);
    if (verb !== undefined && (CLOSING_VERBS.has(verb.cls) || verb.lemma === 'segnalare')) verbs++;
    else if (
      !CLITICS.has(norm(k)) &&
      !w.objectPronouns.has(norm(k)) &&
      !w.addressees.has(norm(k)) &&
      !ASKING.has(norm(k))
    )
      return indices;
  }
  // the filing verb may be the request's head, already left out ("…, me lo segni?")
  const head = input.classification.head;
  const headHere =
    head?.verb !== undefined && CLOSING_VERBS.has(head.verb.cls) && head.first > (indices[k] ?? Infinity);
  return k > 0 && (verbs > 0 || headHere) ? indices.slice(0, k) : indices;
}

/** "grazie mille x ieri! mi ricordi giovedì…": a sentence ended before the request verb is no part of its text. */
function fromLastSentence(input: Input, indices: number[]): number[] {
  const head = input.classification.head?.first ?? -1;
  let cut = -1;
  for (let i = 0; i < head; i++) if (SENTENCE_ENDS.has(input.tokens[i]?.norm ?? '')) cut = i;
  // "…quindi nn ci sono, ma lunedì ricordami…": the context before a contrast too
  cut = Math.max(cut, contrastBefore(input.tokens, input.classification.head?.first));
  return cut < 0 ? indices : indices.filter((i) => i > cut);
}
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['!', '.', '?']);

/** "ciao sono Marco, ricordami dmn di aprire il cancello": after "ricordami di", the what is named; the words before are context. */
function afterNamedWhat(input: Input, indices: number[]): number[] {
  const head = input.classification.head;
  if (head === undefined) return indices;
  const after = indices.filter((i) => i > head.last);
  const opens = ['di', "d'", 'to'].includes(input.tokens[after[0] ?? -1]?.norm ?? '');
  return opens && after.length > 1 ? after : [...afterLeadEvent(input.tokens, after.length > 0 ? after : indices)];
}

function reminderText(input: Input): string | undefined {
  const request = afterNamedWhat(input, fromLastSentence(input, requestTokens(input)));
  const cleaned = withoutReminderNoun(
    input,
    trim(input, withoutClosingVerb(input, withoutReminderVerbs(input, request)), { leading: true }),
  );
  const indices = withoutOwnDuty(input, trim(input, cleaned, { leading: true }));
  return indices.length === 0 ? undefined : uncapitalize(input, indices, render(input, indices));
}

function taskText(input: Input): string | undefined {
  const head = input.classification.head;
  const indices = trim(input, requestTokens(input, { keepHead: true }), { leading: head === undefined });
  if (indices.length === 0) return undefined;
  const order = head === undefined ? orderOnItem(input, indices) : undefined;
  if (order !== undefined) return order;
  const verb = head?.verb;
  if (head === undefined || verb === undefined || input.lang === 'en')
    return uncapitalize(input, indices, render(input, indices));
  // Italian imperatives become infinitives: "Prepara la fattura e mandala" -> "preparare la fattura e mandare..."
  const last = lookupVerb(input.tokens[head.last]?.norm ?? '', 'it') ?? verb;
  const rest = indices.filter((i) => i > head.last);
  const replace = new Map<number, string>();
  rest.forEach((i, k) => {
    // "e dille…" joins a second order; "è spostata" (folded to "e") is a state, left as written
    const previous = input.tokens[rest[k - 1] ?? -1]?.raw.toLowerCase() ?? '';
    const next = lookupVerb(input.tokens[i]?.norm ?? '', 'it');
    if (next !== undefined && next.reported !== true && AND_THEN.has(previous)) replace.set(i, next.lemma);
  });
  const restText = render(input, rest, replace);
  return restText === '' ? last.lemma : `${last.lemma} ${restText}`;
}

const AND_THEN = new Set(['e', 'ed', 'poi', ',']);

function withoutCalendarPhrase(input: Input, indices: number[]): number[] {
  const w = words[input.lang];
  const drop = new Set<number>();
  indices.forEach((i, k) => {
    if (!w.calendarWords.has(input.tokens[i]?.norm ?? '')) return;
    drop.add(i);
    for (let j = k - 1; j >= 0 && w.calendarLead.has(input.tokens[indices[j] ?? -1]?.norm ?? ''); j--)
      drop.add(indices[j] ?? -1);
  });
  return indices.filter((i) => !drop.has(i));
}

function withWhom(input: Input, indices: readonly number[]): string | undefined {
  const w = words[input.lang];
  const at = indices.findIndex((i) => w.withWords.has(input.tokens[i]?.norm ?? ''));
  if (at < 0) return undefined;
  const picked: number[] = [];
  for (let k = at + 1; k < indices.length; k++) {
    const i = indices[k] ?? -1;
    const token = input.tokens[i];
    if (token === undefined || (k > at + 1 && i !== (indices[k - 1] ?? 0) + 1)) break;
    // "con il dott. Bianchi": the full stop of a title is inside the name
    const titleStop = token.norm === '.' && isPersonTitle(input.tokens[i - 1]?.norm ?? '', input.lang);
    if ((token.kind === 'punct' && !titleStop) || w.withStops.has(token.norm)) break;
    // "con Marco e mandagli l'invito": a new request starts
    if (
      (token.norm === 'e' || token.norm === 'and') &&
      lookupVerb(input.tokens[i + 1]?.norm ?? '', input.lang) !== undefined
    )
      break;
    picked.push(i);
  }
  const cleaned = trim(input, picked, { articles: true });
  return cleaned.length === 0 ? undefined : render(input, cleaned);
}

/** "buon natale! giovedì ho il notaio, me lo segni?": with the request verb after them, a finished sentence before the event is no part of it. */
function afterLastSentence(input: Input, indices: number[]): number[] {
  const head = input.classification.head;
  if (head === undefined || indices.some((i) => i > head.first)) return indices;
  const cut = indices.findLastIndex(
    (i, k) => k < indices.length - 1 && SENTENCE_ENDS.has(input.tokens[i]?.norm ?? '') && !abbreviationStop(input, i),
  );
  return cut < 0 ? indices : indices.slice(cut + 1);
}

/** "dmn sono in ferie ma martedì alle 9 ho la call…": with no head verb, a contrast before the event's time ends the context. */
function bookingContrast(input: Input): number {
  const head = input.classification.head;
  if (head !== undefined) return contrastBefore(input.tokens, head.first);
  const contrast = contrastBefore(input.tokens, input.tokens.length);
  if (input.consumed.some((used, i) => used && i > contrast) && contrast >= 0) return contrast;
  // "domani è festa, martedì alle 8 ho la guida": a clause whose time was left as context ends before the event
  const cut = input.tokens.findLastIndex((t) => t.kind === 'punct' && t.norm === ',');
  const leftAsContext = (i: number) => i < cut && input.timeWords?.[i] === true && !input.consumed[i];
  const all = input.consumed.some((used, i) => used && i > cut) && !input.consumed.some((used, i) => used && i < cut);
  return cut > 0 && all && input.tokens.some((_, i) => leftAsContext(i)) ? cut : -1;
}

function bookingSlots(input: Input): Pick<Understanding, 'title' | 'with'> {
  // "call with Smith at 3pm": the verb-looking noun is the event itself; "chiamami un taxi" asks for the taxi
  const head = input.classification.head;
  const keepHead =
    head?.verb?.cls === 'task' && words[input.lang].withWords.has(input.tokens[head.last + 1]?.norm ?? '');
  const party = partyOf(input.tokens, input.lang);
  const asked = beforeFallback(
    input.tokens,
    withoutAsideRequest(input.tokens, input.lang, requestTokens(input, { keepHead })),
  );
  const contrast = bookingContrast(input);
  const request = withoutClosingVerb(input, withoutCalendarPhrase(input, asked)).filter(
    (i) => i > contrast && (party === undefined || i < party.first || i > party.last),
  );
  // "mi prenoti il dentista giovedì alle 10? dott Galli": the question ends the event's words
  const question = request.findIndex((i) => input.tokens[i]?.norm === '?');
  const indices = beforeTailRequest(
    input.tokens,
    afterLastSentence(input, question > 0 ? request.slice(0, question) : request),
    input.lang,
  );
  const out: Pick<Understanding, 'title' | 'with'> = {};
  const putIn = filingParticle(input.tokens, head, indices);
  const said = trim(input, putIn ? indices.slice(1) : indices, { leading: true, articles: true, ownPlans: true });
  // "viene il rappresentante" → "rappresentante"; "nn ci sono, sto al corso tutto il giorno" → "corso"
  const away = withoutWholeDayWords(input.tokens, said, input.lang);
  // "il dentista alle 10, ci vogliono 2 ore di macchina": a remark of its own after a comma is no title
  const bare = withoutVisitWords(input.tokens, beforeAsideClause(input.tokens, away, input.lang), input.lang);
  const title = trim(input, bare, { leading: true, articles: true });
  if (title.length > 0) out.title = uncapitalize(input, title, render(input, title));
  const who = withWhom(input, indices);
  if (who !== undefined) out.with = who;
  return out;
}

/** Auxiliaries of a reported change, between the item and the participle ("è stata", "has been"). */
const AUXILIARIES = set('è e stato stata stati state sono era ha hanno is was are were has have had been got gets');

/**
 * What follows the verb ("annulla il dentista"), or what precedes it ("il dentista annullalo");
 * for a reported change, the item before the participle ("l'udienza di giovedì è stata rinviata").
 */
function target(input: Input, keepTime: boolean, move = false): string | undefined {
  const all = requestTokens(input, { keepTime });
  const head = input.classification.head;
  if (head?.verb?.reported === true) {
    const before = all.filter((i) => i < head.first);
    while (before.length > 0 && AUXILIARIES.has(input.tokens[before.at(-1)!]?.norm ?? '')) before.pop();
    const indices = trim(input, before, { leading: true, articles: true });
    if (indices.length > 0) return uncapitalize(input, indices, render(input, indices));
  }
  const said = targetIndices(input.tokens, input.lang, all, head);
  const picked = move ? beforeReasonAfterTime(input.tokens, input.lang, said, input.timeWords) : said;
  const indices = trim(input, withoutPointers(input.tokens, input.lang, picked), { leading: true, articles: true });
  return indices.length === 0 ? undefined : uncapitalize(input, indices, render(input, indices));
}

/** "sposta la pulizia da mercoledì a venerdì": the old time, after "da", is no part of the item moved */
function withOldTime(input: Input): readonly boolean[] {
  const { tokens, timeWords } = input;
  if (timeWords === undefined) return input.consumed;
  const out = [...input.consumed];
  tokens.forEach((t, i) => {
    if (FROM_WORDS.has(t.norm) && timeWords[i + 1] === true && !out[i + 1])
      for (let k = i; k === i || timeWords[k] === true; k++) out[k] = true;
  });
  return out;
}
const FROM_WORDS: ReadonlySet<string> = new Set(['da', 'dal', 'dalle', 'dalla', "dall'", 'from']);

export function extractSlots(input: Input): Partial<Understanding> {
  switch (input.intent) {
    case 'reminder': {
      const text = reminderText(input);
      return text === undefined ? {} : { text };
    }
    case 'task': {
      const text = taskText(input);
      const content = requestTokens(input, { keepHead: true }).map((i) => input.tokens[i]?.norm ?? '');
      const category = taskCategory(content, input.classification.head?.verb);
      return text === undefined ? { category } : { text, category };
    }
    case 'booking':
      return bookingSlots(input);
    case 'cancel': {
      // the time words name the item to cancel ("il promemoria di domani alle 10")
      const t = target(input, true);
      return t === undefined ? {} : { target: t };
    }
    case 'reschedule': {
      const t = target({ ...input, consumed: withOldTime(input) }, false, true);
      return t === undefined ? {} : { target: t };
    }
    default:
      return {};
  }
}
