import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import type { Classification } from './intent.js';
import { lookupVerb, type VerbClass } from './verbs.js';

const CLITICS = ['melo', 'mela', 'celo', 'cela', 'glielo', 'gliela', 'lo', 'la'];
const AND: ReadonlySet<string> = new Set(['e', 'ed', 'and']);
const BOOKING: ReadonlySet<VerbClass> = new Set(['book', 'fix']);
// "prenotami … e ricordamelo il giorno prima": a reminder before what the office books
const FILING: ReadonlySet<VerbClass> = new Set(['put', 'note', ...BOOKING]);

/** The class of a verb, with an object pronoun glued to it ("segnamelo", "ricordamelo") or not. */
function classOf(norm: string, lang: Lang): { cls: VerbClass; back: boolean } | undefined {
  const plain = lookupVerb(norm, lang);
  // "ricordamelo" may be a form of its own: the pronoun glued to it still points back
  if (plain !== undefined) return { cls: plain.cls, back: CLITICS.some((c) => norm.endsWith(`a${c}`)) };
  const clitic = CLITICS.find((c) => norm.endsWith(c) && lookupVerb(norm.slice(0, -c.length), lang) !== undefined);
  const verb = clitic === undefined ? undefined : lookupVerb(norm.slice(0, -clitic.length), lang);
  return verb === undefined ? undefined : { cls: verb.cls, back: true };
}

/** "e"/"and" before the reminder verb; after a booking verb a comma too ("prenotami …, ricordamelo"). */
function joins(before: Token | undefined, cls: VerbClass): boolean {
  if (before === undefined) return false;
  return AND.has(before.norm) || (BOOKING.has(cls) && before.norm === ',');
}

/**
 * '…: "possiamo vederci martedì alle 10?". Segnamelo in agenda e ricordamelo lunedì sera': filing what was
 * said and asking to be reminded of it is a reminder (the later verb, with its own time) before the event
 * filed; undefined when the message is not one.
 */
export function remindsWhatIsFiled(
  tokens: readonly Token[],
  lang: Lang,
  classification: Classification,
): Classification | undefined {
  const head = classification.head;
  if (classification.intent !== 'booking' || head === undefined) return undefined;
  const filing = classOf(tokens[head.first]?.norm ?? '', lang);
  if (filing === undefined || !FILING.has(filing.cls)) return undefined;
  const k = tokens.findIndex((t, i) => {
    if (i <= head.last || !joins(tokens[i - 1], filing.cls)) return false;
    const verb = classOf(t.norm, lang);
    return verb?.cls === 'reminder' && verb.back;
  });
  if (k < 0) return undefined;
  const verb = lookupVerb(tokens[k]!.norm, lang);
  return { ...classification, intent: 'reminder', head: { first: k, last: k, ...(verb && { verb }) }, filed: true };
}
