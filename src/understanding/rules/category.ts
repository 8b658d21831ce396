import type { TaskCategory } from '../contract.js';
import type { Verb } from './verbs.js';

/**
 * The category of a task for the desk, from the words of the request. The first category
 * whose words appear wins, in this order: the specific ones (a translation of a post is a
 * translation) before the broad ones; the head verb decides when no word does.
 */
const KEYWORDS: readonly [TaskCategory, RegExp][] = [
  ['translation', /^(tradu|translat)/],
  ['social', /^(instagram|facebook|linkedin|tiktok|twitter|social|post|reel|reels|stories|story|youtube)$/],
  ['email', /^(mail|email|e-mail|pec|inbox)$/],
  ['call', /^(chiam|telefon|call$|phone|ring$)/],
  [
    'booking',
    /^(volo|voli|aereo|treno|treni|traghett[oi]|nave|aliscafo|ferry|ferries|hotel|hotels|albergo|alberghi|viaggio|trasferta|flight|flights|train|trains|trip|travel|airbnb|b&b|alloggio|accommodation)$/,
  ],
  ['research', /^(ricerca|research|confronta|compare|preventiv|quote|quotes|bandi|bando|informazioni|opzioni|options)/],
  [
    'writing',
    /^(lettera|bozza|bozze|testo|testi|articolo|descrizion|comunicato|blog|letter|draft|text|article|copy|proofread|brochure|volantino|presentazione|newsletter)/,
  ],
  [
    'admin',
    /^(fattur|invoice|pagament|bolletta|bollette|document|contabil|iva|vat|f24|toner|riepilogo|report|prospetto|modulo|form$|archivi|scansion|stampa|print|ordine|business|spedizion|shipping|rimborso|contratto|contract)/,
  ],
];

export function taskCategory(words: readonly string[], verb: Verb | undefined): TaskCategory {
  for (const [category, re] of KEYWORDS) {
    if (words.some((w) => re.test(w))) return category;
  }
  return verb?.category ?? 'other';
}
