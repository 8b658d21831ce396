import { normalizeTokens, tokenize } from '../understanding/normalize.js';

/**
 * Short social messages, read whole: "ok", "👍", "va bene grazie", "ciao", "thanks". Pure.
 * Anything with more in it is not small talk and goes to the understanding. Messages and phrases
 * are read through the understanding's normalizer, so phone spellings ("grz x tt", "bn serata",
 * "thx a lot") are the phrases they stand for without being listed.
 */
export type SmallTalk = 'yes' | 'no' | 'thanks' | 'farewell' | 'greeting';

/** praise that says thanks: "sei stata velocissima", "siete stati gentilissimi", "bravissima" */
const PRAISED = ['velocissim', 'rapidissim', 'bravissim', 'gentilissim', 'preziosissim', 'fantastic', 'efficientissim'];
const PRAISE_SUBJECTS = [
  '',
  'sei ',
  'sei stato ',
  'sei stata ',
  'siete ',
  'siete stati ',
  'siete state ',
  'come sempre ',
];
const praise = [
  ...PRAISE_SUBJECTS.flatMap((who) =>
    PRAISED.flatMap((stem) => ['o', 'a', 'i', 'e'].map((end) => `${who}${stem}${end}`)),
  ),
  'you were super quick',
  'you were so quick',
  'you were quick',
  'that was quick',
  'super quick',
  'great job',
  'well done',
];

/** A name the client addresses someone by, after "grazie" or "ciao" ("grazie Giulia"): read as this word. */
const ADDRESSED = '@name';

/** the stretch a client closes: "that's all for this week", "per questa settimana è tutto" */
const CLOSED_EN = ['today', 'now', 'this week', 'the week', 'tonight', 'this morning', 'the day'];
const CLOSED_IT = ['oggi', 'ora', 'adesso', 'questa settimana', 'stasera', 'stamattina', 'il momento'];
const closings = [
  ...CLOSED_EN.flatMap((span) =>
    ["that's all", 'that is all', "that's it", 'that is it'].map((all) => `${all} for ${span}`),
  ),
  ...CLOSED_IT.flatMap((span) => [`per ${span} è tutto`, `è tutto per ${span}`, `per ${span} basta`]),
];

/** the days a client wishes the office a good one of: "have a good sunday", "enjoy your weekend" */
const WISHED = ['day', 'evening', 'night', 'weekend', 'week', 'sunday', 'saturday', 'friday', 'one'];

const phrases: Record<SmallTalk, string[]> = {
  yes: [
    'si',
    'sì',
    'ok',
    'okay',
    'okk',
    'va bene',
    'vabbene',
    'certo',
    'esatto',
    'confermo',
    'perfetto',
    'ottimo',
    'benissimo',
    "d'accordo",
    'daccordo',
    'procedi',
    'yes',
    'yep',
    'yeah',
    'sure',
    'fine',
    'great',
    'perfect',
    'go ahead',
    'all right',
    'alright',
    '👍',
    '👌',
    '✅',
    '🙂',
    '😊',
    '👍🏻',
    '👍🏼',
    '👍🏽',
  ],
  no: [
    'no',
    'nope',
    'no grazie',
    'lascia stare',
    'lascia perdere',
    'non importa',
    'no thanks',
    'never mind',
    'leave it',
    '👎',
  ],
  thanks: [
    'grazie',
    'grazie mille',
    'grazie ancora',
    'grazie 1000',
    'mille grazie',
    'grazie tante',
    'grazie infinite',
    'grazie di tutto',
    'ti ringrazio',
    'thanks',
    'thank you',
    'thanks a lot',
    'thank you so much',
    'thanks so much',
    'many thanks',
    'thanks a mil',
    'thanks a million',
    'cheers',
    // praise says thanks too: "grz mille sei un grande"
    'sei un grande',
    'sei una grande',
    'sei un mito',
    'sei un tesoro',
    'sei un angelo',
    'sei una santa',
    'sei un santo',
    'sei un amore',
    'sei una forza',
    'sei fantastica',
    'sei fantastico',
    'gentilissimo',
    'gentilissima',
    'gentilissimi',
    ...praise,
    "you're the best",
    'you are the best',
    'you are an angel',
    "you're an angel",
    'you are a star',
    'you rock',
    'you star',
    '🙏',
  ],
  // a closing that wants no answer but a word back: "per ora è tutto", "that's all for now", "a dopo"
  farewell: [
    'per ora è tutto',
    'per ora basta',
    'è tutto',
    'tutto qui',
    'a dopo',
    'a presto',
    'a domani',
    'a domani allora',
    'buona giornata',
    'buona serata',
    'buona notte',
    'buonanotte',
    'buon weekend',
    'buon fine settimana',
    'buon lavoro',
    'ci sentiamo',
    'ci sentiamo domani',
    'tutto a posto per oggi',
    'per oggi è tutto',
    'per oggi basta',
    "that's all for today",
    'all good for today',
    'good night',
    'have a good evening',
    'have a nice evening',
    'have a good weekend',
    'speak soon',
    "that's all for now",
    'that is all for now',
    "that's all",
    'that is all',
    "that's it for now",
    'bye',
    'bye bye',
    'see you',
    'talk soon',
    ...WISHED.flatMap((day) => ['good', 'nice', 'great', 'lovely'].map((kind) => `have a ${kind} ${day}`)),
    ...WISHED.map((day) => `enjoy your ${day}`),
    ...closings,
  ],
  greeting: [
    'ciao',
    'buongiorno',
    'buon giorno',
    'buonasera',
    'buona sera',
    'salve',
    'hey',
    'hi',
    'hello',
    'good morning',
    'good afternoon',
    'good evening',
    '👋',
  ],
};

/** the words small talk is made of: capitalized ("Ok Perfetto") they are still those words, no name */
const PHRASE_WORDS: ReadonlySet<string> = new Set(
  Object.values(phrases).flatMap((list) => list.flatMap((phrase) => phrase.toLowerCase().split(' '))),
);

const pictographic = /\p{Extended_Pictographic}/u;
/** emoji (and their skin tones) are small talk; other punctuation is not read */
const emoji = /\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;

/**
 * A message as small talk reads it: the understanding's tokens and normalized words (Italian
 * shorthand such as "x", "tt", "grz", "bn", then English such as "thx", "u"), lowercase, without
 * accents or punctuation, emoji kept.
 */
function normalized(text: string): string {
  const words = normalizeTokens(normalizeTokens(tokenize(text), 'it'), 'en');
  return words
    .filter((token) => token.kind !== 'punct' || emoji.test(token.raw))
    .map((token, i) => (i > 0 && isName(token.raw) ? ADDRESSED : token.norm))
    .join(' ');
}

/** "Giulia", "Mark": a capitalized word past the first (a phrase's own words are written lowercase). */
const isName = (raw: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(raw) && !PHRASE_WORDS.has(raw.toLowerCase());

const normalizedPhrases = (list: string[]): string[] => [...new Set(list.map(normalized))];

const byLength = (Object.keys(phrases) as SmallTalk[])
  .flatMap((kind) => normalizedPhrases(phrases[kind]).map((phrase) => ({ kind, phrase })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

const greetings = normalizedPhrases(phrases.greeting);

/**
 * The kinds of small talk the whole message is made of, in order; empty when it says anything
 * else. An emoji beside words ("ciao buongiorno 😊", "a domani 👋") only decorates them.
 */
function readKinds(text: string): SmallTalk[] {
  const all = phraseKinds(text);
  const worded = all.filter(({ phrase }) => !pictographic.test(phrase));
  return (worded.length ? worded : all).map(({ kind }) => kind);
}

/** What thanks are for, only right after them: "grz mille x tutto", "thank you for all your help". */
const THANKS_FOR = normalizedPhrases([
  'per tutto',
  'di tutto',
  "per l'aiuto",
  'di nuovo',
  'ancora',
  'for everything',
  'for all your help',
  'for your help',
  'for the help',
  'again',
]).sort((a, b) => b.length - a.length);

const startsWithPhrase = (rest: string, phrase: string) =>
  rest === phrase || rest.startsWith(`${phrase} `) || (rest.startsWith(phrase) && pictographic.test(phrase));

function phraseKinds(text: string): { kind: SmallTalk; phrase: string }[] {
  let rest = normalized(text);
  const kinds: { kind: SmallTalk; phrase: string }[] = [];
  while (rest) {
    const thanked = kinds.at(-1)?.kind === 'thanks';
    const hit =
      byLength.find(({ phrase }) => startsWithPhrase(rest, phrase)) ??
      (thanked ? THANKS_FOR.map((phrase) => ({ kind: 'thanks' as const, phrase })) : []).find(({ phrase }) =>
        startsWithPhrase(rest, phrase),
      );
    if (!hit) return [];
    kinds.push(hit);
    rest = rest.slice(hit.phrase.length).trim();
    // "grazie Giulia", "ciao Mark": the name addressed is part of the thanks or greeting
    if (hit.kind !== 'yes' && hit.kind !== 'no' && startsWithPhrase(rest, ADDRESSED))
      rest = rest.slice(ADDRESSED.length).trim();
  }
  return kinds;
}

/**
 * What a message of small talk is: a yes or no wins over thanks, thanks over a greeting; a closing
 * after a mere yes ("perfetto, a domani") takes leave.
 */
export function smallTalkOf(text: string): SmallTalk | undefined {
  const kinds = readKinds(text);
  if (!kinds.length) return undefined;
  if (kinds.at(-1) === 'farewell' && !kinds.some((kind) => kind === 'no' || kind === 'thanks')) return 'farewell';
  for (const kind of ['yes', 'no', 'thanks', 'farewell', 'greeting'] as const) if (kinds.includes(kind)) return kind;
  return undefined;
}

/**
 * "ok grazie mille, buona giornata": thanks and a leave-taking at the end, with nothing to say yes
 * to, are answered as thanks (a mere "ok grz" stays an acknowledgement).
 */
export function thanksOnLeaving(text: string): boolean {
  const kinds = readKinds(text);
  return kinds.includes('thanks') && kinds.at(-1) === 'farewell' && !kinds.includes('no');
}

/** "buongiorno, sono l'avv. Ferri, lo studio mi ha detto di scriverle qui": an introduction, not a request. */
export function opensWithGreeting(text: string): boolean {
  const rest = normalized(text);
  return greetings.some((phrase) => rest === phrase || rest.startsWith(`${phrase} `));
}

/** "no aspetta", "wait", "no no": a no that opens a longer answer to "Annullo «…»?" */
const NO_OPENERS =
  /^(?:no+(?: no+)*|nono|nope|aspetta|aspetti|wait|hold on|no wait|no aspetta|lascia stare|lascia perdere|never mind)(?: |$)/u;
/** words that still ask to cancel something ("no, annulla il pranzo"): no refusal */
const CANCEL_WORDS = /\b(?:annull\w*|cancell\w*|elimin\w*|togli\w*|cancel\w*|delete|remove|drop)\b/u;

/**
 * "no aspetta, il tavolo lo teniamo", "no wait, keep it": a no said first and more words after it,
 * none asking to cancel something else, refuses the cancellation asked about.
 */
export function refusesCancel(text: string): boolean {
  const said = normalized(text);
  return smallTalkOf(text) === 'no' || (NO_OPENERS.test(said) && !CANCEL_WORDS.test(said));
}
