import type { Token } from './normalize.js';

/** "…, ma", "…, però", "…, but": a contrast that opens the clause holding the request. */
const CONTRASTS: ReadonlySet<string> = new Set(['ma', 'pero', 'però', 'but', 'tuttavia', 'however']);
/** "dmn è festa quindi martedì ricordami…", "…, cmq lunedì alle 9…": a consequence opens it too, comma or not. */
const CONSEQUENCES: ReadonlySet<string> = new Set(['quindi', 'percio', 'perciò', 'dunque', 'comunque']);

/**
 * "allora dmn pranzo dalla nonna quindi nn ci sono, ma lunedì alle 9 ricordami di…", "dmn nn apro ma
 * domenica ricordami…": the index of the last contrast or consequence word before the request's head
 * (`head`), never the first word, -1 when none. What comes before it is the client's context: no part
 * of the request's time or text.
 */
export function contrastBefore(tokens: readonly Token[], head: number | undefined): number {
  if (head === undefined) return -1;
  for (let i = Math.min(head, tokens.length) - 1; i > 0; i--)
    if (CONTRASTS.has(tokens[i]!.norm) || CONSEQUENCES.has(tokens[i]!.norm)) return i;
  return -1;
}

const AUXILIARIES: ReadonlySet<string> = new Set([
  'ho',
  'hai',
  'ha',
  'abbiamo',
  'avete',
  'hanno',
  'sono',
  'siamo',
  'sei',
  'e',
  'è',
]);
const BETWEEN: ReadonlySet<string> = new Set(['gia', 'già', 'appena', 'non', 'proprio', 'anche', 'ancora']);
const PARTICIPLE = /^\p{L}+(?:at|ut|it|ers|ess|ott|att|itt|ost|ort|es|is|us)[oaie]$/u;

/** "stanotte ho perso un'ora…", "stamattina sono già andato…": a past tense right after a time says what happened then. */
function toldInPast(tokens: readonly Token[], from: number): boolean {
  let i = from;
  if (!AUXILIARIES.has(tokens[i]?.norm ?? '')) return false;
  i++;
  if (BETWEEN.has(tokens[i]?.norm ?? '')) i++;
  return PARTICIPLE.test(tokens[i]?.norm ?? '');
}

/**
 * The times that belong to the request whose head is at `head`: not those of the context before a contrast,
 * nor a time the client tells the past of ("stanotte ho perso un'ora di sonno, ricordami alle 3…"), as long
 * as the request keeps a time of its own.
 */
export function requestTimes<T extends { first: number; last: number; component: { kind: string } }>(
  tokens: readonly Token[],
  matches: T[],
  head: number | undefined,
): T[] {
  // "dmn sono in ferie ma martedì alle 9 ho la call…": with no head verb, the last contrast of the message
  const contrast = contrastBefore(tokens, head ?? tokens.length);
  const aside = daysOfContext(tokens, matches, head);
  const own = matches.filter(
    (m) =>
      m.first > contrast && !aside.includes(m) && !(m.last < (head ?? tokens.length) && toldInPast(tokens, m.last + 1)),
  );
  // "alle 15 viene Galli quindi ricordami … un'ora prima": a lead alone counts back from the hour said before
  const ownTime = own.some((m) => m.component.kind !== 'invalid' && m.component.kind !== 'before');
  return own.length < matches.length && ownTime ? own : matches;
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!']);
const hasDay = (m: { component: { kind: string } }): boolean =>
  m.component.kind === 'day' || m.component.kind === 'dayPart';

/**
 * "dmn nn lavoro, lunedì ricordami alle 10…": when the clause of the request names its own day before the
 * head verb, the days of the clauses before it are the client's context.
 */
function daysOfContext<T extends { first: number; last: number; component: { kind: string } }>(
  tokens: readonly Token[],
  matches: T[],
  head: number | undefined,
): T[] {
  if (head === undefined) return daysBeforeWholeClause(tokens, matches);
  let cut = -1;
  for (let i = 0; i < head; i++) if (CLAUSE_BREAKS.has(tokens[i]!.norm)) cut = i;
  // "…sono arrivata un ora prima, ricordami tra 3 ore…": a lead in a clause before, when the request says its own time
  const ownTime = matches.some((m) => m.first > cut && m.component.kind !== 'before' && m.component.kind !== 'invalid');
  const leads = cut >= 0 && ownTime ? matches.filter((m) => m.last < cut && m.component.kind === 'before') : [];
  if (cut < 0 || !matches.some((m) => m.first > cut && m.last < head && hasDay(m))) return leads;
  return [...matches.filter((m) => m.last < cut && hasDay(m)), ...leads];
}

const isClock = (m: { component: { kind: string } }): boolean => m.component.kind === 'clock';

/**
 * "domani è festa, martedì alle 8 e mezza ho la guida con Nicola": with no request verb, a last clause that names
 * its own day and clock says when; the days of the clauses before it are the client's context.
 */
function daysBeforeWholeClause<T extends { first: number; last: number; component: { kind: string } }>(
  tokens: readonly Token[],
  matches: T[],
): T[] {
  const cut = tokens.findLastIndex((t) => CLAUSE_BREAKS.has(t.norm));
  const after = matches.filter((m) => m.first > cut);
  if (cut < 0 || !after.some(hasDay) || !after.some(isClock)) return [];
  return matches.filter((m) => m.last < cut && hasDay(m));
}

/**
 * "oggi ho finito le consegne alle 8, sono distrutto": a time told in the past, with every other time of the message
 * in its own clause, says what happened; the message asks for nothing at those times.
 */
export function onlyToldOfThePast<T extends { first: number; last: number }>(
  tokens: readonly Token[],
  matches: readonly T[],
): boolean {
  const told = matches.find((m) => toldInPast(tokens, m.last + 1));
  if (told === undefined) return false;
  const clauseOf = (i: number) => tokens.slice(0, i).filter((t) => CLAUSE_BREAKS.has(t.norm)).length;
  return matches.every((m) => clauseOf(m.first) === clauseOf(told.first));
}
