import type { Lang, Understanding } from '../contract.js';
import type { Analysis } from '../analyze.js';
import type { Token } from '../normalize.js';
import { phrases, phrasesStartingWith, type Phrase } from './cues.js';
import { asksAfterLeadingRef, REF_WORDS, refAt, refOf } from './request-ref.js';
import { asksAboutRef, asksHoursLeft, asksOpenRequests } from './office-asks.js';

export { refOf };

/**
 * The client asking about the office's work rather than giving it: how a request is going
 * ("a che punto è la traduzione?", "hai prenotato il tavolo da Mario?", "any update on request
 * 1042?") and how many hours are left in their package ("quante ore mi restano?"). A request
 * number said ("richiesta 1011", "la #1011", "request 1011") is `ref`, matched exactly.
 */
interface StatusCues {
  /** phrases that ask how a request is going, wherever they stand */
  progress: Phrase[];
  /** "avete prenotato", "have you booked": the office's own action, asked about */
  askedDone: Phrase[];
  balance: Phrase[];
  /** what goes before the item asked about and is no part of it */
  lead: ReadonlySet<string>;
}

const cues: Record<Lang, StatusCues> = {
  it: {
    progress: phrases('it', [
      'a che punto',
      'a che punto è',
      'a che punto siamo con',
      'novità su',
      'novità sul',
      'novità sulla',
      'novità sullo',
      'novità per',
      'aggiornamenti su',
      'aggiornamenti sul',
      'aggiornamenti sulla',
      'come procede',
      'come sta andando',
      "com'è andata",
      'stato della richiesta',
      'stato della pratica',
      'qualche novità',
      'ci sono novità',
      'è pronta',
      'è pronto',
      'è stata fatta',
      'è stato fatto',
      "com'è messa",
      "com'è messo",
      'come siamo messi con',
      'come va con',
      'come procedono',
      'che fine ha fatto',
      'ci sono aggiornamenti',
      'novità',
      'aggiornamenti',
      'chi se ne occupa',
      'chi ci sta lavorando',
      'chi ci lavora',
    ]),
    askedDone: phrases('it', [
      'avete',
      'avete poi',
      'hai',
      'hai poi',
      'siete riusciti a',
      'sei riuscito a',
      'sei riuscita a',
    ]),
    balance: phrases('it', [
      'quante ore mi restano',
      'quante ore mi rimangono',
      'quante ore ho',
      'quante ore ho usato',
      'quante ore ho consumato',
      'quante ore abbiamo usato',
      'quante ore rimangono',
      'quante ore restano',
      'ore rimaste',
      'ore residue',
      'saldo ore',
      'il mio saldo',
      'pacchetto ore',
      'monte ore',
    ]),
    lead: new Set([
      'a',
      'che',
      'punto',
      'è',
      'e',
      'siamo',
      'sono',
      // "a che punto sta la dichiarazione?", "a che punto siete col ricorso?"
      'sta',
      'stanno',
      'siete',
      'con',
      'su',
      'sul',
      'sulla',
      'sullo',
      'sui',
      'sulle',
      'sugli',
      'per',
      'poi',
      '?',
    ]),
  },
  en: {
    progress: phrases('en', [
      'any update on',
      'any updates on',
      'any news on',
      'any news about',
      // Irish and British "any word on …", "any joy with …"; "did the comune ever get back to you about …?"
      ...'any word on|any word about|any joy with|any joy on|get back to you|got back to you|heard back'.split('|'),
      'update on',
      'status of',
      'status on',
      // second-language English: "how is going the request 2291?"
      'how is going',
      "how's going",
      // Italian "a che punto è…?" said in English
      'at which point is',
      'at what point is',
      'status for',
      'progress on',
      "what's the status of",
      'what is the status of',
      'how are things with',
      'where are we with',
      'is it done',
      'is it ready',
      'coming along',
      'getting on',
      'any progress on',
      'any movement on',
      'anything new on',
      'anything new with',
      'anything new about',
      'any progress with',
      'how far along',
      'where are we on',
      "what's happening with",
      'what is happening with',
      'what happened to',
      'any news',
      'any updates',
      'any update',
      // "r u guys still on the limo quote?", "still waiting on the invoice" (batch 21)
      'are you still on',
      'are you guys still on',
      'are you still working on',
      'still waiting on',
      'still waiting for',
      'who is working on',
      "who's working on",
      'who is handling',
      "who's handling",
    ]),
    askedDone: phrases('en', [
      'did you',
      'have you',
      'did you manage to',
      'were you able to',
      // "has anyone booked my flights?": someone of the office
      'has anyone',
      'has someone',
      'did anyone',
      'did someone',
    ]),
    balance: phrases('en', [
      'how many hours do i have left',
      'how many hours have i got left',
      'how many hours have i used',
      'how many hours have we used',
      'how many hours did i use',
      'how many hours did we use',
      'how many hours do we have left',
      'how many hours are left',
      'hours left',
      'remaining hours',
      'hours remaining',
      'my balance',
      'hours balance',
      'my hours package',
    ]),
    lead: new Set(['the', 'status', 'of', 'on', 'about', 'with', 'is', "'s", 'going', '?']),
  },
};

/** Past participles of the office's work: "prenotato", "mandato", "tradotto", "booked", "sent". */
const DONE_FORMS: Record<Lang, RegExp> = {
  // "chiusa", "fatto", "risposto", "aperta" too
  it: /^\p{L}+(?:at|ut|it|ott|ess|itt|att|ost|us|ert|as)[oaie]$/u,
  // "is the translation ready?": the adjectives of done work count as its participles
  en: /^(?:\p{L}+(ed|ent|ought|one|ade)|ready|finished|paid|told|sold|built|taken|given|written|signed|shown)$/u,
};

function phraseSpan(tokens: readonly Token[], list: readonly Phrase[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const starting = phrasesStartingWith(list, tokens[i]!.norm);
    const phrase = starting.find((p) => p.every((word, k) => tokens[i + k]?.norm === word));
    if (phrase !== undefined) return [i, i + phrase.length];
  }
  return undefined;
}
const phraseEnd = (tokens: readonly Token[], list: readonly Phrase[]) => phraseSpan(tokens, list)?.[1];

/** The item asked about, in the client's words, from `from` to the end (question mark and lead words left out). */
function itemFrom(analysis: Analysis, from: number, lang: Lang): string | undefined {
  const { tokens, text } = analysis;
  let first = from;
  while (first < tokens.length && (cues[lang].lead.has(tokens[first]!.norm) || tokens[first]!.kind === 'punct'))
    first++;
  let last = tokens.length - 1;
  while (last >= first && tokens[last]!.kind === 'punct') last--;
  if (last < first) return undefined;
  return text
    .slice(tokens[first]!.start, tokens[last]!.end)
    .replace(/(^|\s)x(\s)/gi, '$1per$2')
    .trim();
}

/** A question about the client's hours package, or about how a request is going; undefined otherwise. */
export function readOfficeQuestion(analysis: Analysis): Understanding | undefined {
  const { tokens, lang } = analysis;
  const c = cues[lang];
  if (phraseEnd(tokens, c.balance) !== undefined || asksHoursLeft(tokens, lang)) return { intent: 'balance' };
  const ref = refOf(tokens, lang) ?? refAt(tokens, phraseSpan(tokens, c.progress)?.[1] ?? -1);
  if (ref === undefined && asksOpenRequests(tokens, lang, analysis.matches.length > 0))
    return { intent: 'ticket_status' };
  const withRef = ref === undefined ? {} : { ref };
  const progress = phraseSpan(tokens, c.progress);
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  // "a che punto è la traduzione" dictated with no question mark: the words ask it
  const asked =
    tokens.some((t) => t.norm === '?') ||
    OPENS_QUESTION.has(tokens[first]?.norm ?? '') ||
    (progress?.[0] === first && tokens[first]?.norm === 'a' && tokens[first + 1]?.norm === 'che');
  if (progress !== undefined && (ref !== undefined || asked)) {
    // "a che punto è la traduzione?" names it after; "la traduzione è pronta?" before
    const target =
      ref === undefined ? (itemFrom(analysis, progress[1], lang) ?? itemBefore(analysis, progress[0])) : undefined;
    return { intent: 'ticket_status', ...withRef, ...(target === undefined ? {} : { target }) };
  }
  // "how is my request 3318", "whats the go with request 2210": a request number asked about
  if (ref !== undefined && lang === 'en' && opensWithHow(tokens)) return { intent: 'ticket_status', ref };
  // "ref 6620, hows it going", "rif 4410 come va?": the number said first, then the question about it
  if (ref !== undefined && asksAfterLeadingRef(tokens, lang)) return { intent: 'ticket_status', ref };
  const going = lang === 'en' ? howIsItGoing(tokens) : undefined;
  if (going !== undefined) {
    const target = itemBefore(analysis, going);
    return { intent: 'ticket_status', ...withRef, ...(target === undefined ? {} : { target }) };
  }
  const done = askedDoneEnd(tokens, c, lang);
  if (done !== undefined) {
    const target = itemFrom(analysis, done, lang);
    return { intent: 'ticket_status', ...withRef, ...(target === undefined ? {} : { target }) };
  }
  if (ref !== undefined && asksAboutRef(tokens, lang, analysis.matches.length > 0))
    return { intent: 'ticket_status', ref };
  // a time named makes it a request of its own ("ricordami alle 9 se è arrivato?")
  const trailing = analysis.matches.length ? undefined : trailingDoneStart(tokens, lang);
  if (trailing === undefined) return undefined;
  const target = itemBefore(analysis, trailing);
  return target === undefined ? undefined : { intent: 'ticket_status', ...withRef, target };
}

/** "whats the status on my passport renewal": a question with no question mark */
const OPENS_QUESTION: ReadonlySet<string> = new Set(['what', 'how', 'hows', 'where', 'any']);

function opensWithHow(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
  if (words[0] === 'what' && ["'s", 'is', 'about'].includes(words[1] ?? '')) return true;
  return words[0] === 'hows' || (words[0] === 'how' && ["'s", 'is', 'are', 'about'].includes(words[1] ?? ''));
}

/** "hows my request for the passport going", "how is the quote going?": where "going" closes it, or undefined. */
function howIsItGoing(tokens: readonly Token[]): number | undefined {
  const words = tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
  const opens = words[0] === 'hows' || (words[0] === 'how' && ["'s", 'is', 'are'].includes(words[1] ?? ''));
  const going = Math.max(...PROGRESS_ENDS.map((w) => words.lastIndexOf(w)));
  // "hows the visa application going, ref 6620": only the request's number may follow
  const tail = words.slice(going + 1).every((w) => REF_WORDS.en.has(w) || /^\d+$/.test(w));
  if (!opens || going < 3 || !tail) return undefined;
  return tokens.findLastIndex((t) => PROGRESS_ENDS.includes(t.norm));
}
/** "hows my visa request going / coming / progressing" */
const PROGRESS_ENDS = ['going', 'coming', 'progressing'];

/** Auxiliaries and pronouns between the item and a done form at the end: "l'hai", "è già", "has it been". */
const TRAILING_AUX: Record<Lang, ReadonlySet<string>> = {
  it: new Set([
    "l'",
    'lo',
    'la',
    'li',
    'le',
    'hai',
    'avete',
    'e',
    'è',
    'sono',
    'stato',
    'stata',
    'stati',
    'state',
    'già',
    'gia',
    'poi',
  ]),
  // "did the courier get sorted?": "did … get" asks about done work too
  en: new Set(['is', 'are', 'was', 'were', 'it', 'they', 'been', 'has', 'have', 'already', 'yet', 'did', 'get', 'got']),
};

/**
 * "il tavolo da Mario l'hai prenotato?", "la fattura è già partita?", "is the table booked?":
 * a question that ends with the office's done work after the item; where the auxiliaries start.
 */
function trailingDoneStart(tokens: readonly Token[], lang: Lang): number | undefined {
  let last = tokens.length - 1;
  if (tokens[last]?.norm !== '?' && !opensQuestion(tokens, lang)) return undefined;
  while (last >= 0 && tokens[last]!.kind === 'punct') last--;
  // "has the translation been done yet?", "è arrivato poi?": an adverb may close the question
  while (last > 0 && ASKED_ADVERBS.has(tokens[last]!.norm)) last--;
  // "did my passport renewal go through?": the phrasal verb of done work
  if (lang === 'en' && tokens[0]?.norm === 'did' && THROUGH.has(`${tokens[last - 1]?.norm} ${tokens[last]!.norm}`))
    last--;
  const verb = tokens[last];
  if (!verb || verb.kind !== 'word' || !(DONE_FORMS[lang].test(verb.norm) || THROUGH.has(`${verb.norm} through`)))
    return undefined;
  let first = last;
  while (first > 0 && TRAILING_AUX[lang].has(tokens[first - 1]!.norm)) first--;
  // "is the table booked?": the auxiliary opens the question in English
  // "have I got any reminders…?" asks about the client's own items, not the office's work
  const opens = lang === 'en' && TRAILING_AUX.en.has(tokens[0]!.norm) && !['i', 'we'].includes(tokens[1]?.norm ?? '');
  return first < last || opens ? first : undefined;
}

/** "did the clippers get ordered yet", "did u book the vet" typed with no question mark: the auxiliary asks */
const opensQuestion = (tokens: readonly Token[], lang: Lang): boolean =>
  lang === 'en' &&
  ['did', 'has', 'have'].includes(tokens[0]?.norm ?? '') &&
  !['i', 'we'].includes(tokens[1]?.norm ?? '');

const THROUGH: ReadonlySet<string> = new Set(['go through', 'come through']);

/** "how's the translation coming along?": the question word before the item is no part of it. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['how', 'hows', "'s", 'so']);

/** The item before the auxiliaries: "il tavolo da Mario" (an English opening auxiliary left out). */
function itemBefore(analysis: Analysis, end: number): string | undefined {
  const { tokens, text, lang } = analysis;
  let first = 0;
  const opener = (token: Token) =>
    token.kind === 'punct' || (lang === 'en' && (TRAILING_AUX.en.has(token.norm) || QUESTION_OPENERS.has(token.norm)));
  while (first < end && opener(tokens[first]!)) first++;
  let last = end - 1;
  while (last >= first && tokens[last]!.kind === 'punct') last--;
  return last < first ? undefined : text.slice(tokens[first]!.start, tokens[last]!.end).trim();
}

/** "avete poi prenotato l'hotel…?", "did you send the invoice?": a question opening with the office's done work. */
function askedDoneEnd(tokens: readonly Token[], c: StatusCues, lang: Lang): number | undefined {
  if (!tokens.some((t) => t.norm === '?') && !opensQuestion(tokens, lang)) return undefined;
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  const phrase = c.askedDone.find((p) => p.every((word, k) => tokens[first + k]?.norm === word));
  if (phrase === undefined) return undefined;
  // "hai già prenotato", "have you already sent": an adverb may sit before the verb
  let at = first + phrase.length;
  while (tokens[at] !== undefined && ASKED_ADVERBS.has(tokens[at]!.norm)) at++;
  const verb = tokens[at];
  // "did you book…" takes the bare verb; "avete prenotato", "have you booked" the participle
  const bare = lang === 'en' && phrase[0] === 'did';
  if (verb === undefined || verb.kind !== 'word' || (!bare && !DONE_FORMS[lang].test(verb.norm))) return undefined;
  return at + 1;
}

const ASKED_ADVERBS: ReadonlySet<string> = new Set([
  'già',
  'gia',
  'poi',
  'ancora',
  'mica',
  'already',
  'yet',
  'ever',
  'finally',
]);
