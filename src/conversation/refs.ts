/**
 * A request number in the client's words: "richiesta 1011", "la #1011", "pratica 1011",
 * "request 1011", "ticket n. 1011", "rif. 1011", "ref 1011". Pure. The number is read whole: "10112" is never 1011.
 */
const refPattern =
  /(?:^|[^\p{L}\p{N}#])(?:(?:richiesta|pratica|request|ticket|numero|number|riferimento|reference|rif\.?|ref\.?|n\.|nr\.?)(?:\s*#\s*|\s+(?:n\.|nr\.?)?\s*)|#\s*)(\d{1,9})(?![\p{L}\p{N}])/iu;

/** The request number named, if any. */
export function requestRef(text: string): number | undefined {
  const found = refPattern.exec(text);
  return found ? Number(found[1]) : undefined;
}

/** The words without the request number, so "richiesta 1011" does not also match by words. */
export function withoutRef(text: string): string {
  return text.replace(new RegExp(refPattern.source, 'giu'), ' ').trim();
}

/**
 * Words that drop a request: "annullala", "cancellalo", "lasciala perdere", "lascia stare", "non
 * serve più", "cancel it", "drop it", "forget it", "no longer needed".
 */
const dropWords = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?:annull|cancell|elimin)(?:a|are|ate)(?:me|ce)?(?:l[aoei])?|togli(?:l[aoei])?|` +
    String.raw`lascia(?:l[aoei]|mo)?\s+(?:perdere|stare)|(?:non\s+(?:mi|ci)?\s*serve\s+più|non\s+(?:mi|ci)?\s*serve\s+piu)|` +
    String.raw`cancel|drop|scrap|forget|never\s*mind|no\s+longer\s+needed|not\s+needed\s+any\s*more)(?![\p{L}\p{N}])`,
  'iu',
);

/** "non annullarla", "don't cancel": the drop is denied. */
const deniedDrop = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:non|nn|don'?t|do not|never)\s+(?:la\s+|lo\s+)?(?:annull|cancell|elimin|togli|lascia|cancel|drop|scrap|forget)`,
  'iu',
);

/**
 * The request a message drops: "pratica 1005 lasciala perdere", "#1006 annullalo", "request 1013,
 * drop it". Undefined when no number is named, no drop is said, or the drop is denied. Pure.
 */
export function droppedRef(text: string): number | undefined {
  const ref = requestRef(text);
  if (ref === undefined || !dropWords.test(text) || deniedDrop.test(text)) return undefined;
  return ref;
}
