/**
 * A request number in the client's words: "richiesta 1011", "la #1011", "pratica 1011",
 * "request 1011", "ticket n. 1011". Pure. The number is read whole: "10112" is never 1011.
 */
const refPattern =
  /(?:^|[^\p{L}\p{N}#])(?:(?:richiesta|pratica|request|ticket|numero|number|n\.|nr\.?)(?:\s*#\s*|\s+(?:n\.|nr\.?)?\s*)|#\s*)(\d{1,9})(?![\p{L}\p{N}])/iu;

/** The request number named, if any. */
export function requestRef(text: string): number | undefined {
  const found = refPattern.exec(text);
  return found ? Number(found[1]) : undefined;
}

/** The words without the request number, so "richiesta 1011" does not also match by words. */
export function withoutRef(text: string): string {
  return text.replace(new RegExp(refPattern.source, 'giu'), ' ').trim();
}
