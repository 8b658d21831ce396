/**
 * Whether an answer to a clash keeps the time asked for: "segnalo lo stesso", "mettilo comunque",
 * "tienili entrambi", "l'udienza non si sposta", "keep both", "book it anyway". Pure; read only
 * while a clash is the open question, so "comunque" elsewhere means nothing here.
 */
const keepWords = [
  // "lo stesso" as "all the same", not "lo stesso giorno"
  /\blo stesso\b(?!\s+(giorno|orario|ora|posto|mese|pomeriggio|mattino|mattina|sera|momento))/,
  /\b(comunque|cmq|ugualmente|uguale|entramb[ie]|tutt[ie] e due|in ogni caso)\b/,
  /\bnon (si )?(può |puo |posso |possiamo )?(spost|rimand|cambi)\w*/,
  /\b(sovrapp|accavall)\w*/,
  /\b(anyway|anyhow|regardless|all the same|both)\b/,
  /\b(can'?t|cannot|won'?t|doesn'?t|does not|will not) (be )?(move|moved|change|changed|shift)\b/,
  /\boverlap\w*/,
];

/** A "no" to the clash is not a keep: "no, non comunque" is rare, "comunque no" is a no. */
const refusal = /\b(no|non importa|lascia (stare|perdere)|never ?mind|forget it)\b(?!.*\b(spost|mov|chang))/;

export function keepsAnyway(text: string): boolean {
  const said = text.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  if (refusal.test(said) && !/\bnon (si )?(può |puo |posso )?(spost|rimand|cambi)/.test(said)) return false;
  return keepWords.some((pattern) => pattern.test(said));
}
