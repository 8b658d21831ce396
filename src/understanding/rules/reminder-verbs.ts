import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb } from './verbs.js';
import { words } from './slots-words.js';
export { afterLeadEvent } from './lead-event.js';

/** The reminder verbs of a message ("ricordami", "remind me") and the pronouns that go with them, cut from its text. */

/** what this needs of slots.ts's input */
interface Input {
  tokens: readonly Token[];
  lang: Lang;
  classification: { head?: { last: number } | undefined };
}

const CLITICS = new Set(['me', 'mi', 'lo', 'la', 'ce', 'ci', 'te', 'ti', 'melo', 'it']);

/** "…entro il 16, ricordamelo": a reminder verb later in the message is the request, not its text. */
export function withoutReminderVerbs(input: Input, indices: number[]): number[] {
  const w = words[input.lang];
  return indices.filter((i, k) => {
    const verb = lookupVerb(input.tokens[i]?.norm ?? '', input.lang);
    if (verb?.cls === 'reminder') return remindsSomeoneElse(input, i, verb.lemma);
    const isPronoun = w.objectPronouns.has(input.tokens[i]?.norm ?? '') || CLITICS.has(input.tokens[i]?.norm ?? '');
    if (!isPronoun) return true;
    // "me lo ricordi", "remind me": pronouns right before or after the request's verb go with it
    const requestVerb = (j: number): boolean => {
      const at = indices[j] ?? -1;
      const found = lookupVerb(input.tokens[at]?.norm ?? '', input.lang);
      return found?.cls === 'reminder' && !remindsSomeoneElse(input, at, found.lemma);
    };
    const nextPronounThenVerb = CLITICS.has(input.tokens[indices[k + 1] ?? -1]?.norm ?? '') && requestVerb(k + 2);
    return !(requestVerb(k - 1) || requestVerb(k + 1) || nextPronounThenVerb);
  });
}

/** "di"/"to" before an infinitive: what to be reminded of opens there */
const TO_INFINITIVE = new Set(['di', "d'", 'to']);

/**
 * "ricordami di avvisare le clienti", "remind me to remind Rossi": a reminder verb in the bare
 * infinitive after "di"/"to", past the request's own verb, is what to do (telling someone else).
 */
function remindsSomeoneElse(input: Input, i: number, lemma: string): boolean {
  const head = input.classification.head;
  return (
    head !== undefined &&
    i > head.last &&
    input.tokens[i]?.norm === lemma &&
    TO_INFINITIVE.has(input.tokens[i - 1]?.norm ?? '')
  );
}

/** "ricordami che devo prendere la pastiglia": the client's own duty, said after "che", is what to do */
const DUTY = new Set(['devo', 'dobbiamo', 'dovrei', 'dovremmo', 'dovevo']);
const DUTY_REACH = 4;
const INFINITIVE = /(?:are|ere|ire|rre)(?:l[aoie]|gli|ne|mi|ci|si|ti)?$/;

/** The text's opening "devo" cut when "che" puts the duty after the reminder verb ("…che devo chiamare Rossi"). */
export function withoutOwnDuty(input: Input, indices: number[]): number[] {
  const [first, second] = indices;
  if (input.lang !== 'it' || first === undefined || second === undefined) return indices;
  const duty = DUTY.has(input.tokens[first]?.norm ?? '') && INFINITIVE.test(input.tokens[second]?.norm ?? '');
  // "che domani devo…": the time words between were cut already
  const saidAfterChe = input.tokens.slice(Math.max(0, first - DUTY_REACH), first).some((t) => t.norm === 'che');
  return duty && saidAfterChe ? indices.slice(1) : indices;
}
