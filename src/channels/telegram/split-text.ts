/** Telegram refuses a text message longer than this (counted here in UTF-16 units, the safe side). */
export const telegramTextLimit = 4096;
/** ...and a document caption longer than this. */
export const telegramCaptionLimit = 1024;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Splits a long text into messages Telegram accepts: at the last line break that fits, else at
 * the last space, else hard (never inside a surrogate pair). Blank pieces are dropped because
 * Telegram refuses empty messages.
 */
export function splitText(text: string, limit = telegramTextLimit): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = window.lastIndexOf('\n');
    let skip = 1;
    if (cut <= 0) cut = window.lastIndexOf(' ');
    if (cut <= 0) {
      cut = isHighSurrogate(rest.charCodeAt(limit - 1)) ? limit - 1 : limit;
      skip = 0;
    }
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut + skip);
  }
  parts.push(rest);
  return parts.filter((part) => part.trim() !== '');
}
