/**
 * The request inside a letter or an e-mail pasted into the chat: the quoted or forwarded mail, the
 * signature and the disclaimer after it are left out, and so are the formal frame around the request
 * ("Gentile segreteria, Vi comunico che …", "Le sarei grato se volesse …", "… Cordiali saluti").
 * What is kept is a slice of the client's text, so slots are still cut from their own words. A
 * message with no such frame comes back unchanged.
 */
export function letterBody(text: string): string {
  const body = text.includes('\n') ? withoutTail(text) : text;
  return withoutClosing(withoutOpening(body));
}

/** Lines from which the rest is someone else's mail, a signature or a disclaimer. */
const TAIL_LINES = [
  /^>/,
  /^(?:il|on)\b.{0,120}\b(?:ha scritto|wrote)\s*:?$/i,
  /^-{2,}\s*(?:messaggio (?:inoltrato|originale)|forwarded message|original message)/i,
  /^-- ?$/,
  /^(?:da|from|data|date|oggetto|subject|inviato|sent|a|to|cc):\s/i,
  /^(?:inviato da|sent from) /i,
  /^(?:questa e-?mail|this e-?mail|il presente messaggio|le informazioni contenute)/i,
];
/** A closing line ("Cordiali saluti", "Grazie mille"): a signature follows, when nothing after it asks. */
const CLOSING_LINE =
  /^(?:(?:cordiali|distinti|cari|tanti|un cordiale|molti)\s+)?saluti[,.!]*$|^(?:cordialmente|grazie(?: mille)?|a presto)[,.!]*$/i;
const ASKS = /\?|\b(?:alle|ricord|prenot|fiss|spost|annull|cancell|domani|entro)/i;

function withoutTail(text: string): string {
  const lines = text.split('\n');
  let offset = 0;
  let words = false;
  // the last line that asks something: a closing line after it ends the letter
  const lastAsk = lines.findLastIndex((l) => ASKS.test(l));
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    // only past some words of the client's own is the rest a tail (one pass: long messages stay linear)
    if (words && (TAIL_LINES.some((re) => re.test(trimmed)) || (i > lastAsk && CLOSING_LINE.test(trimmed))))
      return text.slice(0, offset).trimEnd();
    words ||= /\p{L}{2,}/u.test(line);
    offset += line.length + 1;
  }
  return text;
}

/** A salutation, then the frame of a letter, before the request. */
const SALUTATION =
  /^\s*(?:(?:gentil\w*|egreg\w*|spett\.?(?:le|abile)?|car[aoie])\b[^,\n!.:?]{0,40}|(?:buongiorno|buonasera|salve)(?:\s+(?!sono\b|qui\b|mi\b|è\b|e\b)\p{L}+\.?){0,2})\s*[,!:\n]+\s*/iu;
const FRAMES = [
  /^con la presente,?\s*/i,
  /^(?:(?:vi|le|ti) )?(?:comunico|informo|segnalo|avviso)(?: che)?,?\s+/i,
  /^(?:le|vi|ti) sarei (?:grat[oaie]|riconoscente) se (?:volesse|voleste|potesse|poteste|vorr[aà]|vorrete|potr[aà]|potrete)\s+/i,
  /^(?:la|vi|le|ti) (?:prego|chiedo)(?: cortesemente| gentilmente)? di\s+(?=\p{L}+(?:are|ere|ire|rre|(?:ar|er|ir|r)(?:mi|ci|vi|lo|la|li|le|ne|gli))\b)/iu,
];

function withoutOpening(text: string): string {
  let rest = text;
  const salutation = SALUTATION.exec(rest);
  if (salutation && /\p{L}{2,}/u.test(rest.slice(salutation[0].length))) rest = rest.slice(salutation[0].length);
  for (const frame of FRAMES) {
    const found = frame.exec(rest);
    if (found) rest = rest.slice(found[0].length);
  }
  return rest === text ? text : rest;
}

/** "… in mattinata. Cordiali saluti", "… Ringraziando, porgo distinti saluti." */
const CLOSING =
  /[.,;!]?\s*(?:ringraziando(?: anticipatamente)?,?\s*)?(?:(?:porgo|invio)\s+)?(?:(?:cordiali|distinti)\s+saluti|cordialmente|in attesa di (?:un )?(?:vostro|suo) (?:cortese )?riscontro[^.]*)[.!]*\s*$/i;

function withoutClosing(text: string): string {
  if (!/salut|cordial|riscontro/i.test(text)) return text;
  const found = CLOSING.exec(text);
  if (found === null || found.index === 0) return text;
  return text.slice(0, found.index + (/^[.!]/.test(found[0]) ? 1 : 0));
}
