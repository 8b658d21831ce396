import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';

const ASKING_CLITICS: ReadonlySet<string> = new Set(['mi', 'ci', 'me', 'ce']);

/**
 * "ho la saracinesca rotta mi chiami un fabbro x dmn?": in a question, the words right after a pronoun that
 * may open an order ("mi chiami", "ci trovi") after the client's context with no stop in between; the
 * caller reads each as it would read a message opening there.
 */
export function laterOrders(tokens: readonly Token[], start: number, lang: Lang): number[] {
  const found: number[] = [];
  const asked = tokens.some((t) => t.norm === '?');
  for (let i = start + 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!.norm;
    // "Vi giro la mail del cliente: potete organizzare una call…": in Italian a colon opens the request
    const stop = lang === 'en' ? CLAUSE_STOPS.has(before) : before === ':';
    if ((asked && ASKING_CLITICS.has(before)) || stop) found.push(i);
  }
  return found;
}

/**
 * "we have a problem with the boiler, can somebody call the technician asap": in English the order opens a
 * clause of its own after the client's context, past a stop.
 */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', '!', ':']);
