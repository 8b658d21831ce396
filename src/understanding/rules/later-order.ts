import type { Token } from '../normalize.js';

const ASKING_CLITICS: ReadonlySet<string> = new Set(['mi', 'ci', 'me', 'ce']);

/**
 * "ho la saracinesca rotta mi chiami un fabbro x dmn?": in a question, the words right after a pronoun that
 * may open an order ("mi chiami", "ci trovi") after the client's context with no stop in between; the
 * caller reads each as it would read a message opening there.
 */
export function laterOrders(tokens: readonly Token[], start: number): number[] {
  if (!tokens.some((t) => t.norm === '?')) return [];
  const found: number[] = [];
  for (let i = start + 1; i < tokens.length; i++) if (ASKING_CLITICS.has(tokens[i - 1]!.norm)) found.push(i);
  return found;
}
