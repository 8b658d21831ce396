import type { Intent, Lang, Understanding, UnderstandingContext } from '../contract.js';
import { analyze, type Analysis } from '../analyze.js';
import { readStatus } from './status.js';
import type { Token } from '../normalize.js';
import { lookupVerb, type VerbClass } from './verbs.js';

/**
 * A message holding several requests ("lunedì mattina nn fissarmi niente, poi mercoledì
 * ricordami di mandare gli F24", "cancel tomorrow's lunch, then on Friday remind me to call
 * Sam"), as a voice note or a long message from the car gives them. The conversation acts on
 * one understanding a message, so making one item of them would lose the others or hold them
 * all in one wrong reminder: the message goes to the desk as one task, whole, and an assistant
 * reads it. A request is a verb addressed to the office opening a clause; its time is what the
 * clauses since the previous request name. Two requests count when they differ in kind or in time.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

interface Words {
  /** words that open a new clause: "poi", "then", "quindi", "so" */
  sequence: ReadonlySet<string>;
  /** "e", "and": a new request only when it has a time of its own ("… e ricordami giovedì di…") */
  and: ReadonlySet<string>;
  /** words that may come before the verb opening a clause: "e mi devi ricordare", "so don't book" */
  lead: ReadonlySet<string>;
  /** before a verb, these make it part of another request or the client's own duty ("di chiamare", "devo pagare") */
  bound: ReadonlySet<string>;
  /** "di", "to" opening a clause with a verb: the request before, said again ("poi alle 6 di chiamare Anna") */
  elliptic: ReadonlySet<string>;
  /** a correction: the later time replaces the earlier one, it is one request */
  corrections: ReadonlySet<string>;
  /** object pronouns after an English verb that point back ("remind me of it") */
  backPronouns: ReadonlySet<string>;
  /** clitics that point back, alone before the verb ("me lo ricordi") or glued after it ("ricordamelo") */
  clitics: readonly string[];
}

const WORDS: Record<Lang, Words> = {
  it: {
    sequence: set('poi inoltre dopodiche quindi percio'),
    and: set('e ed'),
    lead: set(
      'e ed anche poi mi ci me ce non ti tu devi dovresti puoi potresti potete riesci a gentilmente per favore piacere ok allora pure',
    ),
    bound: set("di d' a ad da per devo dobbiamo dovrei dovremmo voglio vorrei posso possiamo sa sai"),
    elliptic: set("di d'"),
    corrections: set('anzi cioe intendevo'),
    backPronouns: set(''),
    clitics: [
      'glielo',
      'gliela',
      'glieli',
      'melo',
      'mela',
      'meli',
      'mele',
      'celo',
      'cela',
      'telo',
      'tela',
      'lo',
      'la',
      'li',
    ],
  },
  en: {
    sequence: set('then also plus so'),
    and: set('and'),
    lead: set('and also please pls dont do not can could would you will i need want me us just ok'),
    // "…, will call you back tomorrow": what the client will do is no request
    bound: set("to must should will 'll"),
    elliptic: set('to'),
    corrections: set('actually mean meant'),
    backPronouns: set('it that this them'),
    clitics: [],
  },
};

const ENDS = set('. ; ! ? , : - – — )');
const ADDRESSEE = set('you ye ya u');
/** Classes of verbs that ask the office for something (not "fammi vedere", "let me"). */
const REQUESTS: ReadonlySet<VerbClass> = new Set([
  'reminder',
  'book',
  'fix',
  'put',
  'note',
  'schedule',
  'task',
  'cancel',
  'reschedule',
  'set',
  'make',
]);

const kindOf = (cls: VerbClass): Intent =>
  cls === 'reminder' || cls === 'task' || cls === 'cancel' || cls === 'reschedule' ? cls : 'booking';

/** "ricordamelo", "annullala", "me lo ricordi", "remind me of it": a verb about what was said before. */
function pointsBack(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const w = WORDS[lang];
  const norm = tokens[i]?.norm ?? '';
  if (w.clitics.some((c) => norm.endsWith(c) && lookupVerb(norm.slice(0, -c.length), lang) !== undefined)) return true;
  if (w.clitics.includes(tokens[i - 1]?.norm ?? '')) return true;
  const next = tokens[i + 1]?.norm === 'me' || tokens[i + 1]?.norm === 'of' ? tokens[i + 2] : tokens[i + 1];
  return w.backPronouns.has(next?.norm ?? '') || (tokens[i + 1]?.norm === 'of' && w.backPronouns.has(next?.norm ?? ''));
}

interface Request {
  kind: Intent;
  /** opened after "e"/"and" alone: counts only with a time different from the others' */
  joined: boolean;
  /** the clause the request opens, and the token of its verb */
  clause: number;
  at: number;
}

/** "ho", "abbiamo", "I have", "we've got" */
const HAVE: Record<Lang, ReadonlySet<string>> = { it: set('ho abbiamo'), en: set('have got') };
/** what after "ho" is no event: "ho bisogno", "ho da fare", "I have to" */
const NOT_AN_EVENT = set('bisogno da fatto detto visto paura voglia tempo to been had no');

/**
 * "…, e poi lunedì alle tre ho il commercialista qui": after a request, a clause with a time of its
 * own and an event the client has is one more request, for the agenda (the first clause's event,
 * "venerdì alle 15 ho la riunione, ricordami…", is the context of what follows, not a request).
 */
const ownsEvent = (tokens: readonly Token[], i: number, lang: Lang): boolean =>
  HAVE[lang].has(tokens[i]?.norm ?? '') && !NOT_AN_EVENT.has(tokens[i + 1]?.norm ?? '');

/**
 * The kind of request a clause opens with at token i: its verb's, or, for "…, poi alle 6 di
 * chiamare Anna" / "…, then at 6 to call Anna", the previous request's, said again for a new time.
 */
function requestAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  previous: Intent | undefined,
  timed: boolean,
): Intent | undefined {
  const w = WORDS[lang];
  const norm = tokens[i]?.norm ?? '';
  if (w.elliptic.has(norm)) {
    // "…, then at 6 to walk the dog": after a time of its own, any action said again is the request again
    const next = lookupVerb(tokens[i + 1]?.norm ?? '', lang);
    return timed || (next !== undefined && REQUESTS.has(next.cls)) ? previous : undefined;
  }
  // non-native "remember me to…" asks for a reminder as "remind me" does
  if (lang === 'en' && norm === 'remember' && tokens[i + 1]?.norm === 'me') return 'reminder';
  const verb = lookupVerb(norm, lang);
  if (verb === undefined || !REQUESTS.has(verb.cls) || verb.reported === true) return undefined;
  // "…, request 3390", "…, order #5521": a word before a request number names the request, it asks nothing
  if (/^(?:#|n|no|nr)?$/u.test(tokens[i + 1]?.norm ?? 'x') && isRefNumber(tokens[i + 2])) return undefined;
  if (isRefNumber(tokens[i + 1])) return undefined;
  if (w.bound.has(tokens[i - 1]?.norm ?? '') || pointsBack(tokens, i, lang)) return undefined;
  // "…, call you back tomorrow": calling the office itself is the client's own promise (leftovers 19)
  if (lang === 'en' && ADDRESSEE.has(tokens[i + 1]?.norm ?? '')) return undefined;
  // "call with the bank tuesday at 2, remind me…": "call with" names the event, no order to call
  if (lang === 'en' && tokens[i + 1]?.norm === 'with') return undefined;
  return kindOf(verb.cls);
}

/** a request number: three digits or more */
const isRefNumber = (token: Token | undefined): boolean => token?.kind === 'number' && /^\d{3,}$/u.test(token.norm);

/** The requests of a message in order, and the clause of each token; undefined when it corrects itself ("anzi", "I mean"). */
function requestsOf(analysis: Analysis): { requests: Request[]; clauses: number[] } | undefined {
  const { tokens, consumed, lang } = analysis;
  const w = WORDS[lang];
  const requests: Request[] = [];
  const clauses: number[] = [];
  let clause = 0;
  let opened = false;
  // still at the head of a clause: only times and lead words so far
  let head = true;
  let joined = false;
  // the last request already said what to do ("ricordami alle 5 di chiamare Marco"): "…, poi alle 6 di…" is another
  let complete = false;
  // a time read at the head of the clause ("…, then at 6 to…")
  let timed = false;
  for (let i = 0; i < tokens.length; i++) {
    const norm = consumed[i] ? '' : (tokens[i]?.norm ?? '');
    if (w.corrections.has(norm)) return undefined;
    const strong = ENDS.has(norm) || w.sequence.has(norm);
    if (opened && !head && w.elliptic.has(norm) && tokens[i + 1]?.kind === 'word' && !consumed[i + 1]) complete = true;
    if (strong || (w.and.has(norm) && !head)) {
      clause += opened ? 1 : 0;
      opened = false;
      joined = !strong;
      head = true;
      timed = false;
    }
    clauses.push(clause);
    if (consumed[i]) timed ||= head;
    // "1) remind me…, 2) book…": a list's number before its closing bracket opens an item
    const marker = tokens[i]?.kind === 'number' && tokens[i + 1]?.norm === ')';
    if (consumed[i] || strong || marker || w.and.has(norm) || w.lead.has(norm)) continue;
    const previous = complete ? requests.at(-1)?.kind : undefined;
    const event = head && timed && requests.length > 0 && ownsEvent(tokens, i, lang);
    const kind = event ? 'booking' : head ? requestAt(tokens, i, lang, previous, timed) : undefined;
    head = false;
    if (kind === undefined) continue;
    complete = false;
    requests.push({ kind, joined, clause, at: i });
    opened = true;
  }
  return { requests, clauses };
}

/**
 * The words of the times each request names: in its own clause and the clauses since the
 * previous request ("lunedì mattina, nn fissarmi niente"); the last one also takes what follows.
 */
function timesOf(analysis: Analysis, requests: readonly Request[], clauses: readonly number[]): string[] {
  return requests.map((r, k) => {
    const after = k === 0 ? -1 : (requests[k - 1]?.clause ?? -1);
    const upTo = k === requests.length - 1 ? Infinity : r.clause;
    return analysis.matches
      .filter((m) => (clauses[m.first] ?? -1) > after && (clauses[m.first] ?? -1) <= upTo)
      .filter((m) => !(m.component.kind === 'part' && m.component.weak))
      .map((m) =>
        analysis.tokens
          .slice(m.first, m.last + 1)
          .map((t) => t.norm)
          .join(' '),
      )
      .join(' | ');
  });
}

/**
 * "sono in riunione fino alle 20, poi ricordami alle 21 di…": a first clause telling the office
 * the client's status, before a request with a time of its own, is a request too.
 */
function statusFirst(analysis: Analysis, request: Request, ctx: UnderstandingContext): Request | undefined {
  const w = WORDS[analysis.lang];
  const tokens = analysis.tokens.slice(0, request.at);
  const end = tokens.findIndex((t, i) => !analysis.consumed[i] && (ENDS.has(t.norm) || w.sequence.has(t.norm)));
  const last = tokens[end - 1];
  // "sono tornato, puoi passarmi le chiamate" is the status alone: the request needs a time of its own
  if (last === undefined || !analysis.matches.some((m) => m.first > end)) return undefined;
  const status = readStatus(analyze(analysis.text.slice(0, last.end), { ...ctx, lang: analysis.lang }), ctx);
  return status === undefined ? undefined : { kind: 'status', joined: false, clause: -1, at: 0 };
}

/** A task for the desk holding the whole message, when it asks for two or more different things. */
export function readSeveralRequests(analysis: Analysis, ctx: UnderstandingContext): Understanding | undefined {
  if (analysis.matches.some((m) => m.component.kind === 'correction')) return undefined;
  const read = requestsOf(analysis);
  if (read === undefined || read.requests.length === 0) return undefined;
  if (read.requests.length === 1) {
    const status = statusFirst(analysis, read.requests[0]!, ctx);
    if (status === undefined) return undefined;
    read.requests.unshift(status);
  }
  const kinds = new Set(read.requests.map((r) => r.kind));
  const said = timesOf(analysis, read.requests, read.clauses);
  const times = new Set(said.filter((t) => t !== ''));
  const joined = read.requests.some((r) => r.joined);
  // "annulla il promemoria del bonifico e spostami la call a martedì alle 9": after a cancel or a move with no
  // time, a request of another kind joined by "e" with the only time said is another request
  const undoes = (k: number) => read.requests.slice(0, k).some((r) => r.kind === 'cancel' || r.kind === 'reschedule');
  const ownTime = read.requests.some(
    (r, k) => r.joined && undoes(k) && said[k] !== '' && said.slice(0, k).every((t) => t === ''),
  );
  if (times.size < 2 && (joined || kinds.size < 2) && !(ownTime && kinds.size > 1)) return undefined;
  return { intent: 'task', text: analysis.text.trim(), category: 'other' };
}
