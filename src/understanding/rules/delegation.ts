import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb } from './verbs.js';

/**
 * "have someone write a letter", "get someone to call the plumber", "can you have Marco send the
 * invoice", "qualcuno può chiamare l'idraulico?": the client hands the work to someone of the office.
 * The words naming who does it only open the request: the verb after them decides what it is, and
 * they stay out of its text.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const EN_SOMEONE = set('someone somebody anyone anybody');
const EN_STAFF = set('assistant assistants team office staff secretary colleague colleagues people guys');
const EN_OWNERS = set('your the');
/** "have someone write", "get someone to call": the causative verb before who does the work */
const EN_CAUSATIVES = set('have get');
/** "can someone call", "could somebody book": asking who does it */
const EN_MODALS = set('can could would will');
const IT_SOMEONE = set('qualcuno qualcuna qlc qlcn');
const IT_MODALS = set('puo potrebbe potete potreste puoi');

/** Length of who does the work at token i: "someone", "one of your assistants", "your assistant", "Marco". */
function agentLength(tokens: readonly Token[], i: number, lang: Lang): number {
  const norm = tokens[i]?.norm ?? '';
  if (lang === 'it') {
    if (!IT_SOMEONE.has(norm)) return 0;
    // "qualcuno di voi", "qualcuno del vostro ufficio"
    return tokens[i + 1]?.norm === 'di' && tokens[i + 2]?.norm === 'voi' ? 3 : 1;
  }
  if (EN_SOMEONE.has(norm)) return 1;
  if ((norm === 'one' || norm === '1') && tokens[i + 1]?.norm === 'of' && EN_OWNERS.has(tokens[i + 2]?.norm ?? ''))
    return EN_STAFF.has(tokens[i + 3]?.norm ?? '') ? 4 : 0;
  if (EN_OWNERS.has(norm)) return EN_STAFF.has(tokens[i + 1]?.norm ?? '') ? 2 : 0;
  // a person named with a capital ("have Marco send the invoice"), never the client ("I")
  const raw = tokens[i]?.raw ?? '';
  return tokens[i]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(raw) ? 1 : 0;
}

/**
 * A verb the office knows; after an Italian modal any infinitive ("qualcuno può passare in posta"), and
 * in a relative clause any verb form ("c'è qualcuno che mi traduce…").
 */
function isVerbAt(tokens: readonly Token[], i: number, lang: Lang, loose: 'infinitive' | 'any' | 'none'): boolean {
  const token = tokens[i];
  if (token === undefined || lookupVerb(token.norm, lang) !== undefined) return token !== undefined;
  if (token.kind !== 'word' || loose === 'none') return false;
  return loose === 'any' || /[aei]re$/.test(token.norm);
}

/** "c'è qualcuno che può…": the words before who does it */
function italianLead(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.norm === "c'" && tokens[i + 1]?.norm === 'e') return 2;
  return tokens[i]?.norm === 'ce' ? 1 : 0;
}

/** Length of the words handing the request to someone ("have someone", "get someone to", "qualcuno può"), when a verb follows; else 0. */
export function delegationLength(tokens: readonly Token[], i: number, lang: Lang): number {
  const first = tokens[i]?.norm ?? '';
  const lead = lang === 'en' ? (EN_CAUSATIVES.has(first) || EN_MODALS.has(first) ? 1 : 0) : italianLead(tokens, i);
  const agent = agentLength(tokens, i + lead, lang);
  if (agent === 0) return 0;
  const n = lead + agent;
  return lang === 'it' ? italianTail(tokens, i, n) : englishTail(tokens, i, n, lead);
}

/** "qualcuno può chiamare", "qualcuno mi può", "c'è qualcuno che mi traduce": the words up to the verb. */
function italianTail(tokens: readonly Token[], i: number, agentEnd: number): number {
  let n = agentEnd;
  const relative = tokens[i + n]?.norm === 'che' && italianLead(tokens, i) > 0;
  if (relative || (tokens[i + n]?.norm === 'che' && IT_MODALS.has(tokens[i + n + 1]?.norm ?? ''))) n++;
  const pronoun = ['mi', 'ci'].includes(tokens[i + n]?.norm ?? '');
  if (pronoun && (relative || IT_MODALS.has(tokens[i + n + 1]?.norm ?? ''))) n++;
  const modal = IT_MODALS.has(tokens[i + n]?.norm ?? '');
  if (modal) n++;
  return isVerbAt(tokens, i + n, 'it', modal ? 'infinitive' : relative ? 'any' : 'none') ? n : 0;
}

/** "have someone write", "get someone to call", "someone to proofread": the words up to the verb. */
function englishTail(tokens: readonly Token[], i: number, agentEnd: number, lead: number): number {
  const first = tokens[i]?.norm ?? '';
  // a capitalised name alone opens no request ("Marco send…" is no delegation)
  if (lead === 0 && !EN_SOMEONE.has(first)) return 0;
  let n = agentEnd;
  if ((first === 'get' || lead === 0) && tokens[i + n]?.norm === 'to') n++;
  else if (first === 'get') return 0;
  return isVerbAt(tokens, i + n, 'en', 'none') ? n : 0;
}

/** "mi fai", "fammi", "fatemi": the Italian causative that hands the verb after it to the office */
const IT_CAUSATIVES = set('fai fate fammi fatemi farmi facci fateci farci');
const IT_AGENT_AFTER = set('qualcuno qualcuna voi');

/** Index of the first Italian causative ("fammi", "mi fai"), -1 when none. */
export const causativeIndex = (tokens: readonly Token[], lang: Lang): number =>
  lang === 'it' ? tokens.findIndex((t) => IT_CAUSATIVES.has(t.norm)) : -1;

/**
 * Length of who does the work named after the verb of an Italian causative ("mi fai scrivere da
 * qualcuno una mail", "fammi chiamare da voi", "fate chiamare il cliente da uno di voi") at token i;
 * 0 when none or when no causative came before (`causative`: the index of the first one, -1 when none).
 */
export function agentAfterVerbLength(tokens: readonly Token[], i: number, causative: number): number {
  if (causative < 0 || causative >= i || tokens[i]?.norm !== 'da') return 0;
  const next = tokens[i + 1]?.norm ?? '';
  if (next === 'uno' || next === 'una') return tokens[i + 2]?.norm === 'di' && tokens[i + 3]?.norm === 'voi' ? 4 : 0;
  if (!IT_AGENT_AFTER.has(next)) return 0;
  return next !== 'voi' && tokens[i + 2]?.norm === 'di' && tokens[i + 3]?.norm === 'voi' ? 4 : 2;
}
