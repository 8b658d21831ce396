/**
 * While an assistant is talking with the client about a ticket, how a client message reads: a
 * request of its own for the bot, an answer for the assistant, either, or keys hit by mistake. Pure.
 */
export type Reading = 'request' | 'answer' | 'unsure' | 'noise';

/** Said to the bot at the start of a message: a command, a question about the agenda or a request. */
const requestOpener = new RegExp(
  String.raw`^(?:(?:ok|okay|e|poi|allora|senti|ah|also|and|then|please|per favore)[,\s]+)*` +
    // "mi traduci…", "me lo prenoti…": an order with its pronoun before the verb
    String.raw`(?:(?:mi|me|ci|ce)(?:\s+l[oaie])?\s+(?:tradu|prenot|ricord|trov|spost|fiss|segn|mett|cancell|annull|organizz|cerc)\p{L}*(?![\p{L}\p{N}])|` +
    String.raw`(?:ricordami|ricordarmi|ricorda|promemoria|prenota\w*|fissa\w*|metti|segna\w*|annulla|cancella|elimina|` +
    String.raw`sposta|anticipa|posticipa|rimanda|traduci|trovami|cosa ho|che cosa ho|che ho|cos'ho|agenda|a che punto|` +
    String.raw`hai prenotato|sono in riunione|non disturbare|sono libero|sono libera|remind|book|schedule|` +
    String.raw`cancel|delete|move|reschedule|postpone|translate|find me|what do i have|what's on|status of|` +
    String.raw`i'm in a meeting|do not disturb)(?![\p{L}\p{N}]))`,
  'iu',
);

/** "pls remind me tomorrow 8am to…", "domani ricordami…": a reminder asked for is the bot's, wherever the verb stands. */
const reminderAsked =
  /(?<![\p{L}\p{N}])(?:ricordami|ricordarmi|ricordamelo|ricordatemi|remind me|set a reminder)(?![\p{L}\p{N}])/iu;

/**
 * "mi serve un fabbro", "ho bisogno di un idraulico", "I need a plumber": new work with an object of
 * its own (an indefinite one, not "la traduzione" already asked for) is a request, even when its
 * words share one with an answer ("si è bloccata"). "mi serve anche un…" may add to the open one.
 */
const newWorkAsked = new RegExp(
  String.raw`^(?:(?:ciao|buongiorno|salve|ok|okay|e|poi|allora|senti|ah|hi|hello|also|and|then|please|per favore)[,!\s]+)*` +
    String.raw`(?:mi serve|mi servirebbe|mi occorre|ci serve|ci servirebbe|ho bisogno di|avrei bisogno di|abbiamo bisogno di|` +
    String.raw`cerco|i need|i'd need|i would need|we need|i'm looking for|i am looking for)\s+` +
    String.raw`(?:(?:urgentemente|subito|urgently)\s+)?(?:un|uno|una|un'|a|an)(?![\p{L}\p{N}])`,
  'iu',
);

/** New work named with an object of its own: "mi serve un fabbro…", "I need a plumber…". */
export function asksNewWork(text: string): boolean {
  return newWorkAsked.test(text.trim());
}

/** Words of someone answering a person: thanks, yes/no, "te lo mando", "here it is". */
const answerWords =
  /(?<![\p{L}\p{N}])(?:grazie|thanks|thank you|te l[oaie]|gliel[oaie]|ve l[oaie]|ti mando|le mando|mando|invio|allego|ecco|sì|si|no|ok|okay|va bene|perfetto|certo|esatto|d'accordo|cmq|comunque|preferisco|meglio|yes|yeah|sure|fine|great|i'll|i will|here is|here's|attached|prefer)(?![\p{L}\p{N}])/iu;

/**
 * "novità sulla traduzione?", "ci sono aggiornamenti?", "any update on the letter?": a question
 * about how a request is going is the bot's to answer (with the assistant's last words), however
 * short, and wherever the words stand.
 */
const progressAsked = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:a che punto|novità|aggiornament[oi]|come procede|come sta andando|com'è messa|` +
    String.raw`com'è messo|che fine ha fatto|chi se ne occupa|chi ci sta lavorando|chi ci lavora|any updates?|any news|any progress|status of|` +
    String.raw`where are we|who(?: is|'s) (?:working on|handling))(?![\p{L}\p{N}])` +
    String.raw`[^?]*\?`,
  'iu',
);

const SHORT_WORDS = 3;

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * Letters no Italian or English word has: none of a, e, i, o, u, y; four consonants in a row;
 * a q not followed by u.
 */
const unsayable = /^[^aeiouy]+$|[^aeiouy]{4}|q(?!u)/;

/**
 * One word of keys hit along one keyboard row: a run of the row ("asdf", "jkl"), or letters all
 * from one row that no word has ("sdkjh", "qwe"). A word of one row that can be said ("type",
 * "alla") is a word.
 */
function mashedWord(word: string): boolean {
  if (word.length < 3) return false;
  const row = KEYBOARD_ROWS.find((r) => [...word].every((letter) => r.includes(letter)));
  return row !== undefined && (row.includes(word) || unsayable.test(word));
}

/**
 * "asdf qwer", "jkl", "lkjsd ewq": keys run along one keyboard row, as a pocket or a cat types
 * them. Words of that shape are nobody's answer: the bot says it did not understand rather than
 * pass them to the assistant.
 */
export function isKeyboardMash(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (words.length === 0 || /[^\sa-z.,!?]/i.test(text)) return false;
  return words.every(mashedWord);
}

/** Words typed on a phone with no vowel, or like keys hit, that people write and read every day. */
const SHORTHAND = new Set(
  (
    'nn cmq x xk xke xche xkè grz thx thnx tnx thks pls plz msg sms tmrw tmw tvb tvtb dmn dm pm am hrs hr mr mrs ms ' +
    'dr dtt st nd rd th km kg cm mm ml gr h ns vs ps cc ccn nb cfr pdf tv cd dvd btw fyi asap brb ttyl idk imo lmk np ' +
    'pc srl snc spa iva cf rsvp vip www http https ecc etc cv ppt xls doc ph wc pz bbq sql crm'
  ).split(' '),
);

/** A word of two letters or more no one reads: keys along a row, or letters with no way to say them, not shorthand. */
function unreadable(word: string): boolean {
  if (word.length < 2 || SHORTHAND.has(word)) return false;
  return mashedWord(word) || unsayable.test(word);
}

/**
 * "asdjk ricrdm qll cs dll tto ke ti dcv ieri bho": most words are keys hit or letters nobody can
 * say (at least two of them, more than half of the words). Phone shorthand ("nn", "cmq", "grz",
 * "tmrw") is read as the words it stands for.
 */
export function isGibberish(text: string): boolean {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 || /\p{N}/u.test(w));
  const unread = words.filter((w) => !/\p{N}/u.test(w) && unreadable(w)).length;
  return unread >= 2 && unread * 2 > words.length;
}

export function readingOf(text: string): Reading {
  const words = text.trim().split(/\s+/).filter(Boolean);
  // a file with no words follows the conversation too
  if (words.length === 0) return 'answer';
  if (requestOpener.test(text.trim()) || reminderAsked.test(text) || progressAsked.test(text)) return 'request';
  if (asksNewWork(text)) return 'request';
  // the bot answers what no person could read
  if (isKeyboardMash(text) || isGibberish(text)) return 'noise';
  if (answerWords.test(text) || words.length <= SHORT_WORDS) return 'answer';
  return 'unsure';
}
