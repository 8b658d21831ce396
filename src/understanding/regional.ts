import type { Token } from './normalize.js';

/**
 * Regional and formal Italian read as standard Italian, one token for one token (the offsets keep
 * pointing at the client's words): Roman ("m'aricordi de chiamà er commercialista", "semo in cinque"),
 * Neapolitan ("dimane aggia chiamà 'o fornitore", "nun pozzo"), Sicilian ("m'arricordi", "u' ragioniere",
 * "di sira"), Venetian ("ricordime doman", "go el comercialista"), Tuscan ("co i' geometra"); the formal
 * register of letters ("sino alle ore 13", "la settimana entrante", "nuovamente reperibile"); and what a
 * speech-to-text note spells out ("virgola", "punto").
 */

/** Words of one region's speech with one standard reading wherever they stand. */
const WORDS = new Map([
  // reminders: "m'aricordi", "m'arricordi", "ricordame", "ricordime", "m'o ricuordi"
  ['aricordi', 'ricordi'],
  ['arricordi', 'ricordi'],
  ['ricuordi', 'ricordi'],
  ['aricordame', 'ricordami'],
  ['arricordami', 'ricordami'],
  ['ricordame', 'ricordami'],
  ['ricordime', 'ricordami'],
  ['ricordeme', 'ricordami'],
  ['ricordito', 'ricordi'],
  ['mittimi', 'mettimi'],
  ['mitti', 'metti'],
  // days and parts of the day
  ['dimane', 'domani'],
  ['dimani', 'domani'],
  ['dumani', 'domani'],
  ['domane', 'domani'],
  ['doman', 'domani'],
  ['matinata', 'mattinata'],
  ['matina', 'mattina'],
  ['sira', 'sera'],
  ['stasira', 'stasera'],
  // the verbs of being, having and being able to
  ['semo', 'siamo'],
  ['simu', 'siamo'],
  ['aggia', 'devo'],
  ['aggio', 'devo'],
  ['aju', 'ho'],
  ['haju', 'ho'],
  ['stongo', 'sto'],
  ['nun', 'non'],
  ['pozzo', 'posso'],
  ["so'", 'sono'],
  // articles and prepositions
  ['er', 'il'],
  ['el', 'il'],
  ["u'", 'il'],
  ["pe'", 'per'],
  ['pe', 'per'],
  ['pi', 'per'],
  ["co'", 'con'],
  ['co', 'con'],
  // the formal register
  ['sino', 'fino'],
  ['reperibile', 'disponibile'],
  ['irreperibile', 'occupato'],
  // "alle ore 16.00 odierne", "in data odierna": today
  ['odierna', 'oggi'],
  ['odierne', 'oggi'],
  ['odierno', 'oggi'],
  ['rammentarmi', 'ricordarmi'],
  ['rammentami', 'ricordami'],
]);

/** "la settimana entrante", "il mese venturo": the next one */
const NEXT = new Set(['entrante', 'ventura', 'venturo']);
/** Nouns ending in a stressed "-tà" that are no Roman or Tuscan infinitive ("a metà mattina", "novità"). */
const TA_NOUNS = new Set(
  'meta novita citta eta qualita attivita disponibilita verita universita priorita pubblicita liberta societa proprieta necessita possibilita difficolta volonta velocita quantita festivita comodita'.split(
    ' ',
  ),
);
/** Words after which a truncated infinitive stands ("de chiamà", "me devi prenotà", "aggia chiamà"). */
const BEFORE_INFINITIVE = new Set([
  'de',
  'di',
  'a',
  'da',
  'devi',
  'devo',
  'deve',
  'dovete',
  'aggia',
  'aggio',
  'puoi',
  'potete',
  'vuoi',
]);
/** What a spoken article or preposition comes before: a word, never a number or a sign. */
const isWord = (t: Token | undefined): boolean => t?.kind === 'word';
const ARTICLES = new Set(['il', 'el', 'la', 'lo', "l'", 'un', 'na', "'na", 'i', 'le', 'gli', 'da', 'er']);

/**
 * The standard reading of token i of an Italian message, or undefined when it is standard already.
 * `raw` keeps the accent that tells "chiamà" (chiamare) from "chiama".
 */
export function regionalReading(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i]!;
  const word = WORDS.get(t.norm);
  if (word !== undefined) return isWord(tokens[i + 1]) || !SHORT.has(t.norm) ? word : undefined;
  if (NEXT.has(t.norm)) return t.norm === 'venturo' ? 'prossimo' : 'prossima';
  const prev = tokens[i - 1];
  // "de chiamà", "de sera": Roman and Venetian "di" (a name, "De Luca", keeps its capital)
  if (t.norm === 'de')
    return t.raw === 'de' && isWord(tokens[i + 1]) && !/^\p{Lu}/u.test(tokens[i + 1]!.raw) ? 'di' : undefined;
  // "me devi prenotà", "me ricordi": Roman and Venetian "mi" before a request's verb ("me lo" stays)
  if (t.norm === 'me') return REQUEST_STEMS.test(tokens[i + 1]?.norm ?? '') ? 'mi' : undefined;
  // Venetian "go el comercialista": "ho", only before an article
  if (t.norm === 'go') return ARTICLES.has(tokens[i + 1]?.norm ?? '') ? 'ho' : undefined;
  // "'o fornitore", "'n tavolo", "'a bolletta": the article after a lone apostrophe; "m'o ricuordi" is "me lo"
  if (t.norm === "m'" && /^[oa]$/.test(tokens[i + 1]?.norm ?? '')) return 'me';
  if (prev?.norm === "'" || prev?.norm === "m'") return elidedArticle(t.norm, prev.norm, tokens[i - 2]?.norm);
  // Tuscan "co i' geometra" is "il"; Neapolitan "aggia i' dal medico" is "andare"
  if (t.norm === "i'") return prev?.norm === 'aggia' || prev?.norm === 'devo' ? 'andare' : 'il';
  return infinitive(t, prev);
}

const REQUEST_STEMS = /^(?:ricord|prenot|fiss|trov|segn|mett|mand|dev|spost|cancell|annull|chiam)/;

/** After "stongo"/"sto" the Roman "'n" is "in" ("sto 'n tribunale"), elsewhere "un" ("'n tavolo"). */
const BEING = new Set(['sto', 'stongo', 'sono', "so'", 'siamo', 'semo', 'vado', 'lavoro', 'abito']);

function elidedArticle(word: string, apostrophe: string, before: string | undefined): string | undefined {
  if (apostrophe === "m'") return word === 'o' ? 'lo' : word === 'a' ? 'la' : undefined;
  if (word === 'n') return BEING.has(before ?? '') ? 'in' : 'un';
  return word === 'o' ? 'il' : word === 'a' ? 'la' : undefined;
}

/** Words of WORDS that are standard Italian too unless a word follows ("co" in "co-working", "pe" at the end). */
const SHORT = new Set(['co', 'pe', 'pi', 'er', 'el']);

/** "chiamà", "pagà", "prenotà" after "de"/"devi": the infinitive ("chiamare"), never the imperative "chiama". */
function infinitive(t: Token, prev: Token | undefined): string | undefined {
  if (prev === undefined || !BEFORE_INFINITIVE.has(prev.norm)) return undefined;
  if (/[àá]$/.test(t.raw) && t.norm.length >= 4 && !TA_NOUNS.has(t.norm)) return `${t.norm}re`;
  // Sicilian "chiamari", Venetian "ciamar": the standard infinitive
  if (/[^aeiou](?:ari|ar)$/.test(t.norm) && t.norm.length >= 5) return t.norm.replace(/ari?$/, 'are');
  return undefined;
}

/**
 * Dictated punctuation of a voice note: "virgola" a comma, "punto" a full stop (never "a che punto", "in
 * punto", "punto vendita"), "punto interrogativo" a question mark.
 */
export function dictatedPunct(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i]!;
  if (t.norm === 'virgola')
    return tokens[i - 1]?.kind === 'number' && tokens[i + 1]?.kind === 'number' ? undefined : ',';
  if (t.norm !== 'punto') return undefined;
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== 'word' || NOT_DICTATED.has(prev.norm)) return undefined;
  const next = tokens[i + 1];
  if (next?.norm === 'interrogativo') return '?';
  if (next?.norm === 'esclamativo') return '!';
  if (next !== undefined && (next.kind !== 'word' || NOUN_AFTER.has(next.norm))) return undefined;
  return '.';
}

/** "punto vendita", "punto di vista", "punto ritiro": "punto" is the noun */
const NOUN_AFTER = new Set(['vendita', 'di', "d'", 'ritiro', 'raccolta', 'fermo', 'e']);

/**
 * Words of the formal register that carry nothing: "il giorno 15" is "il 15", "per la giornata di
 * martedì" is "per martedì", "entro e non oltre" is "entro"; adverbs of politeness ("cortesemente") and
 * "nuovamente" ("sono nuovamente reperibile": "sono reperibile"); "interrogativo" after a dictated "punto".
 */
export function formalFiller(tokens: readonly Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1]?.norm, tokens[i]!.norm, tokens[i + 1]];
  if (t === 'interrogativo' || t === 'esclamativo') return prev === 'punto';
  if (t === 'nuovamente' || t === 'cortesemente' || t === 'gentilmente') return true;
  if ([i, i - 1, i - 2].some((at) => abbreviationAt(tokens, at))) return true;
  // "entro e non oltre il 19": "entro il 19"
  if (t === 'e' || t === 'non' || t === 'oltre') return andNoLater(tokens, i);
  if (t === 'giorno')
    return DAY_BEFORE.has(prev ?? '') && next?.kind === 'number' && /^\d{1,2}(?:[/.-]\d{1,2})*$/.test(next.norm);
  // "in data 22/03", "in data odierna": the date alone
  if (t === 'in') return next?.norm === 'data' && isDate(tokens[i + 2]);
  if (t === 'data') return prev === 'in' && isDate(next);
  if (t === 'la') return tokens[i + 1]?.norm === 'giornata' && tokens[i + 2]?.norm === 'di' && isDay(tokens[i + 3]);
  if (t === 'giornata') return prev === 'la' && next?.norm === 'di' && isDay(tokens[i + 2]);
  if (t === 'di') return prev === 'giornata' && tokens[i - 2]?.norm === 'la' && isDay(next);
  return false;
}

/** "il 20 c.m.", "martedì p.v.", "entro il 31 c.a.": this month, the coming one, this year, as the day says already */
const DAY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['c', 'm'],
  ['p', 'v'],
]);

function abbreviationAt(tokens: readonly Token[], at: number): boolean {
  const [first, stop, second] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (first === undefined || stop?.norm !== '.' || second === undefined) return false;
  const expected = DAY_ABBREVIATIONS.get(first.norm);
  const said = second.norm === expected || (first.norm === 'c' && second.norm === 'a');
  // "il 5 p.v." is the 5th of next month: only after a weekday is "p.v." the coming one, as the weekday says
  const day = first.norm === 'p' ? DAYS.has(tokens[at - 1]?.norm ?? '') : isDay(tokens[at - 1]);
  return said && stop.start === first.end && second.start === stop.end && day;
}

const AND_NO_LATER = ['entro', 'e', 'non', 'oltre'];

function andNoLater(tokens: readonly Token[], i: number): boolean {
  const at = AND_NO_LATER.indexOf(tokens[i]!.norm);
  return AND_NO_LATER.every((w, k) => tokens[i - at + k]?.norm === w);
}

const DAY_BEFORE = new Set(['il', 'del', 'dal', 'al', 'nel', 'entro', 'per', 'dello']);
const DAYS = new Set('lunedi martedi mercoledi giovedi venerdi sabato domenica domani dopodomani oggi'.split(' '));
const isDate = (t: Token | undefined): boolean => t?.kind === 'number' || /^odiern[aoie]$/.test(t?.norm ?? '');
const isDay = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || DAYS.has(t.norm));

/** Words before "punto" as a noun: "a che punto", "in punto", "un punto", "del punto". */
const NOT_DICTATED = new Set(
  'a che in un il al del dal nel sul quel questo ogni di su uno quale primo secondo terzo ultimo nostro vostro mio tuo suo'.split(
    ' ',
  ),
);
