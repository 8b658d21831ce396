import type { Intent, Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb, type Verb } from './verbs.js';

/**
 * "sveglia presto oggi arrivano 3 camere ricordami alle 7 di…": a reminder word with no pronoun for the client
 * opening the message yields to a later reminder verb that has one; what comes before that is context.
 */
export function laterOwnReminder(
  tokens: readonly Token[],
  lang: Lang,
  intent: Intent,
  head: { last: number },
): { first: number; last: number; verb: Verb } | undefined {
  if (intent !== 'reminder' || forClient(tokens[head.last]!.norm)) return undefined;
  for (let i = head.last + 1; i < tokens.length; i++) {
    const verb = lookupVerb(tokens[i]!.norm, lang);
    if (verb?.cls === 'reminder' && verb.reported !== true && forClient(tokens[i]!.norm))
      return { first: i, last: i, verb };
  }
  return undefined;
}

/** "ricordami", "ricordamelo": the verb carries the client's pronoun */
const forClient = (norm: string): boolean => /(?:mi|melo|mela|meli|mele)$/.test(norm);
