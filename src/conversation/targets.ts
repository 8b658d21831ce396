/**
 * Finding which of the client's own items a cancel/reschedule message means ("annulla il
 * promemoria per la polizza", "sposta il dentista"). Pure: the flow passes the candidates.
 */
export type ItemKind = 'reminder' | 'booking' | 'ticket';

export interface Candidate {
  kind: ItemKind;
  id: string;
  /** the words that describe it: reminder text, booking title and with whom, ticket summary */
  label: string;
}

const kindWords: Record<ItemKind, RegExp> = {
  reminder: /^(promemoria|reminders?|ricord\w*|remind\w*)$/,
  booking:
    /^(appuntament\w*|prenotazion\w*|booking\w*|appointments?|meetings?|riunion\w*|incontr\w*|eventi|evento|events?|udienz\w*|calls?|chiamat\w*)$/,
  ticket: /^(richiest\w*|ticket\w*|request\w*|task\w*|lavor\w*|pratica|pratiche)$/,
};

const stopWords = new Set(
  'il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla in nel nella con su per tra fra e o mio mia miei mie che the a an of for to my with on at in and or about please per favore annulla cancella elimina togli sposta anticipa posticipa rimanda cancel delete remove move push reschedule postpone it this that quello quella questo questa sono siamo is are'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !stopWords.has(w));
}

/** Longest start two words share. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Two words are the same word in another form ("fattura"/"fatture", "dentist"/"dentista"): they
 * share a start of at least four letters and differ only in an ending of at most two. A word
 * never matches a prefix of another word ("richiesta" is not "richiamare", "dent" is not
 * "dentista"), and a number matches only itself.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shared = sharedStart(a, b);
  return shared >= 4 && a.length - shared <= 2 && b.length - shared <= 2;
}

/**
 * The candidates that best fit the target: an empty list when nothing fits, one item when the
 * target is clear, several when it is ambiguous (the flow then asks with buttons).
 */
export function matchTargets(target: string, candidates: Candidate[]): Candidate[] {
  const all = words(target);
  const kinds = (Object.keys(kindWords) as ItemKind[]).filter((k) => all.some((w) => kindWords[k].test(w)));
  const ofKind = candidates.filter((c) => kinds.includes(c.kind));
  // no item of the kind named: the kind word still scores on the labels ("the restaurant booking" among requests)
  const pool = ofKind.length ? ofKind : candidates;
  const isKindWord = (w: string) => Object.values(kindWords).some((re) => re.test(w));
  if (all.every(isKindWord)) return ofKind;
  // Kind words still score: "la chiamata con l'architetto" prefers the call over the meeting.
  const scored = pool.map((c) => {
    const label = words(c.label);
    return { c, score: all.filter((w) => label.some((l) => sameWord(w, l))).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.c);
}
