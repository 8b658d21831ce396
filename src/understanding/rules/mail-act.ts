import { timeFlags, type Analysis } from '../analyze.js';
import type { Lang, Understanding } from '../contract.js';
import type { Token } from '../normalize.js';

/**
 * The client acting on their own e-mail from the chat:
 * - mail_reply: "rispondi a Rossi che confermo per giovedì", "reply to Anna: Thursday works".
 *   A reply verb, the sender, then what to answer after "che"/"that"/"dicendo"/":". The office
 *   asked to answer on its own ("rispondi tu alla mail…", "reply to the landlord by Friday"),
 *   a relative clause ("al cliente che ha scritto ieri") or a deadline stay a task.
 * - mail_forward: "inoltra all'ufficio le email di Rossi", "forward Rossi's emails to the office".
 *   A forward verb, a word for e-mail and its sender; to anyone but the office it stays a task.
 * `with` is the sender as the client named them, `text` the words of the answer.
 */
interface MailActCues {
  openers: ReadonlySet<string>;
  reply: ReadonlySet<string>;
  /** the office asked to do it itself: "rispondi tu" */
  byOffice: ReadonlySet<string>;
  to: ReadonlySet<string>;
  /** what opens the words of the answer */
  saying: ReadonlySet<string>;
  /** words after "che"/"that" that make it a relative clause about the sender */
  relative: ReadonlySet<string>;
  forward: ReadonlySet<string>;
  mail: ReadonlySet<string>;
  /** "le email di Rossi", "emails from Rossi" */
  of: ReadonlySet<string>;
  /** "all'ufficio", "to the office": where a forward may go */
  office: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
}

const cues: Record<Lang, MailActCues> = {
  it: {
    openers: new Set(['puoi', 'potresti', 'per', 'favore', 'piacere', 'mi', 'ti', 'prego', 'di']),
    reply: new Set(['rispondi', 'rispondere', 'rispondigli', 'rispondile', 'risponda']),
    byOffice: new Set(['tu', 'voi', 'te']),
    to: new Set(['a', 'al', 'alla', 'allo', "all'", 'ai', 'alle', 'agli']),
    saying: new Set(['che', 'dicendo', 'dicendogli', 'dicendole', ':', 'dì', 'di']),
    relative: new Set(['ha', 'hanno', 'aveva', 'avevano', 'scrive', 'scrivono', 'chiede', 'chiedeva']),
    forward: new Set(['inoltra', 'inoltrate', 'inoltrare', 'gira', 'girate', 'girare', 'passa', 'passate']),
    mail: new Set(['email', 'mail', 'emails', 'mails', 'posta', 'messaggi']),
    of: new Set(['di', 'da', 'del', 'della', 'dello', "dell'", 'dal', 'dalla', 'dallo', "dall'"]),
    office: new Set(['ufficio', 'voi', 'segreteria', 'assistente', 'assistenti', 'studio', 'me', 'mi']),
    fillers: new Set(['la', 'le', 'il', 'lo', "l'", 'i', 'gli', 'ultima', 'ultime', 'nuove', 'sue', 'e', '-', 'tutte']),
  },
  en: {
    openers: new Set(['can', 'could', 'would', 'you', 'please', 'pls']),
    reply: new Set(['reply', 'answer', 'respond']),
    byOffice: new Set(['yourself', 'yourselves']),
    to: new Set(['to']),
    saying: new Set(['that', 'saying', ':']),
    relative: new Set(['wrote', 'writes', 'has', 'had', 'sent', 'emailed', 'asked', 'asks', 'is', 'was']),
    forward: new Set(['forward', 'pass']),
    mail: new Set(['email', 'emails', 'mail', 'mails', 'messages']),
    of: new Set(['from', 'of', 'by']),
    office: new Set(['office', 'you', 'team', 'desk', 'assistant', 'assistants', 'me']),
    fillers: new Set(['the', 'latest', 'last', 'new', 'all', 'his', 'her', 'their', 'e', '-', 'on', 'along']),
  },
};

const ARTICLES = new Set(['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'the', 'mr', 'mrs', 'ms', 'signor', 'sig', 'sig.']);
/** A sender is named in a few words; more is a sentence, not a name. */
const MAX_SENDER_WORDS = 4;

const words = (tokens: readonly Token[]) => tokens.filter((t) => t.kind !== 'punct' || t.norm === ':');
const slice = (text: string, from: Token | undefined, to: Token | undefined) =>
  from && to ? text.slice(from.start, to.end).trim() : '';

/** The sender named from token i: articles and "la mail di" skipped, up to `stop`; undefined when none. */
function senderAt(a: Analysis, toks: Token[], i: number, stop: (t: Token) => boolean) {
  const c = cues[a.lang];
  let k = i;
  while (k < toks.length && ARTICLES.has(toks[k]!.norm)) k++;
  if (c.mail.has(toks[k]?.norm ?? '') && c.of.has(toks[k + 1]?.norm ?? '')) k += 2;
  const first = k;
  while (k < toks.length && !stop(toks[k]!) && k - first < MAX_SENDER_WORDS + 1) k++;
  if (k === first || k - first > MAX_SENDER_WORDS) return undefined;
  return { name: slice(a.text, toks[first], toks[k - 1]), next: k };
}

/** "che ha scritto", "che mi ha scritto", "that wrote": the words describe the sender, they are no answer. */
function isRelative(c: MailActCues, said: Token[]): boolean {
  const [first, second] = said.map((t) => t.norm);
  if (c.relative.has(first ?? '')) return true;
  return (first === 'mi' || first === 'ci' || first === 'ti') && c.relative.has(second ?? '');
}

function readReply(a: Analysis): Understanding | undefined {
  const c = cues[a.lang];
  const toks = words(a.tokens);
  let i = 0;
  while (i < toks.length && c.openers.has(toks[i]!.norm)) i++;
  if (!c.reply.has(toks[i]?.norm ?? '')) return undefined;
  i++;
  if (c.byOffice.has(toks[i]?.norm ?? '')) return undefined;
  if (c.to.has(toks[i]?.norm ?? '')) i++;
  const sender = senderAt(a, toks, i, (t) => c.saying.has(t.norm) || t.norm === ',');
  if (!sender) return undefined;
  let k = sender.next;
  if (toks[k]?.norm === ',') k++;
  if (!c.saying.has(toks[k]?.norm ?? '')) return undefined;
  if (toks[k + 1]?.norm === 'che' || toks[k + 1]?.norm === 'that') k++;
  const said = toks.slice(k + 1);
  if (said.length === 0 || isRelative(c, said)) return undefined;
  if (a.matches.length > 0 && timeFlags(a.matches).deadline) return undefined;
  const text = a.text
    .slice(said[0]!.start)
    .trim()
    .replace(/[.!\s]+$/u, '');
  return { intent: 'mail_reply', with: sender.name, text };
}

/** "le email di Rossi" / "the emails from Rossi" / "Rossi's emails" anywhere after the verb. */
function forwardedSender(a: Analysis, toks: Token[], from: number): string | undefined {
  const c = cues[a.lang];
  for (let k = from; k < toks.length; k++) {
    if (!c.mail.has(toks[k]!.norm)) continue;
    if (c.of.has(toks[k + 1]?.norm ?? '')) {
      const sender = senderAt(a, toks, k + 2, (t) => c.to.has(t.norm) || t.norm === ',' || t.norm === 'to');
      if (sender) return sender.name;
    }
    let j = k - 1;
    while (j >= from && c.fillers.has(toks[j]!.norm)) j--;
    if (toks[j]?.norm === "'s") return slice(a.text, toks[from], toks[j - 1]).replace(/^(the|all)\s+/i, '');
  }
  return undefined;
}

/** The forward goes to the office (or nobody is named): to anyone else it is a task for the office. */
function toOffice(a: Analysis, toks: Token[], from: number): boolean {
  const c = cues[a.lang];
  for (let k = from; k < toks.length; k++) {
    if (!c.to.has(toks[k]!.norm) || c.of.has(toks[k]!.norm)) continue;
    let j = k + 1;
    while (j < toks.length && ARTICLES.has(toks[j]!.norm)) j++;
    const next = toks[j]?.norm ?? '';
    if (c.mail.has(next) || c.fillers.has(next)) continue;
    return c.office.has(next);
  }
  return true;
}

function readForward(a: Analysis): Understanding | undefined {
  const c = cues[a.lang];
  const toks = words(a.tokens);
  let i = 0;
  while (i < toks.length && c.openers.has(toks[i]!.norm)) i++;
  const verb = toks[i]?.norm ?? '';
  if (!c.forward.has(verb) && !(a.lang === 'it' && /^inoltra(mi|ci)$/.test(verb))) return undefined;
  if (!toks.some((t) => c.mail.has(t.norm))) return undefined;
  const sender = forwardedSender(a, toks, i + 1);
  if (!sender || !toOffice(a, toks, i + 1)) return undefined;
  return { intent: 'mail_forward', with: sender };
}

/** A reply or a forward of the client's e-mail asked in chat; undefined otherwise. */
export function readMailRequest(analysis: Analysis): Understanding | undefined {
  return readReply(analysis) ?? readForward(analysis);
}
