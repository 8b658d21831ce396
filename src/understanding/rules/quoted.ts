import type { Token } from '../normalize.js';

const OPENING: ReadonlySet<string> = new Set(['"', '“', '«', '„']);
const CLOSING: ReadonlySet<string> = new Set(['"', '”', '»', '“']);
/** "mi ha scritto il cliente:", "the caterer just wrote:", "forwarded this:": someone else's words follow */
const REPORTING =
  /^(?:scritto|scrive|scrivono|detto|dice|dicono|chiesto|chiede|risposto|risponde|inoltrato|girato|wrote|writes|said|says|asked|asks|replied|emailed|texted|messaged|forwarded)$/u;
const LEAD_REACH = 8;

/** Whether token `i` is inside a quote that follows a reporting verb and is followed by the client's own words. */
function reportedQuotes(tokens: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENING.has(tokens[i]!.raw)) continue;
    const close = tokens.findIndex((t, j) => j > i && CLOSING.has(t.raw));
    if (close < 0) break;
    const reported = tokens.slice(Math.max(0, i - LEAD_REACH), i).some((t) => REPORTING.test(t.norm));
    const ownWords = tokens.slice(close + 1).some((t) => t.kind === 'word');
    if (reported && ownWords) inside.fill(true, i, close + 1);
    i = close;
  }
  return inside;
}

/**
 * 'mi ha scritto il cliente: "possiamo vederci giovedì alle 17?" Segnamelo in agenda': a question someone
 * else asked, quoted before the client's own request, does not make the client's message a question; its
 * question mark is blanked in place (every index stays), its words and times still count.
 */
export function withoutReportedQuestions(tokens: readonly Token[]): readonly Token[] {
  const inside = reportedQuotes(tokens);
  if (!inside.includes(true)) return tokens;
  return tokens.map((t, i) => (inside[i] && t.norm === '?' ? { ...t, norm: '' } : t));
}
