import type { AddressObject, HeaderValue, ParsedMail } from 'mailparser';

/** An e-mail as the triage and the desk read it: headers that matter, text (HTML turned into text), files. */
export interface IncomingMail {
  /** with its angle brackets; null when the message has none */
  messageId: string | null;
  from: { address: string; name: string } | null;
  to: string[];
  cc: string[];
  subject: string;
  date: Date | null;
  /** the text part, or the HTML part as text: never HTML */
  text: string;
  /** lower-cased header names with their raw text, for the triage's rules */
  headers: ReadonlyMap<string, string>;
  inReplyTo: string | null;
  references: string[];
  attachments: { fileName: string | null; mimeType: string; content: Buffer }[];
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((group) => group.value)
    .flatMap((a) => (a.address ? [a.address.toLowerCase()] : []));

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string')
    return value.text;
  if (typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string')
    return value.value;
  return JSON.stringify(value);
}

const referencesOf = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter((r) => r.startsWith('<'));

/** The HTML part as plain text: tags, scripts, styles and images dropped, links kept as their address. */
async function htmlAsText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
    ],
  });
}

/**
 * The headers by lower-case name. mailparser folds the List-* headers into one structured `list`
 * entry, so those (and any other it reshapes) are taken from the raw header lines instead: the
 * triage looks for `list-unsubscribe` and `list-id` by name.
 */
function headersOf(parsed: ParsedMail): Map<string, string> {
  const headers = new Map([...parsed.headers].map(([name, value]) => [name.toLowerCase(), headerText(value)]));
  for (const { key, line } of parsed.headerLines)
    if (!headers.has(key.toLowerCase())) headers.set(key.toLowerCase(), line.slice(line.indexOf(':') + 1).trim());
  return headers;
}

/**
 * Parses a raw message (RFC 5322) with mailparser. Inline parts of the HTML (logos, signatures) are not files.
 * mailparser is loaded at the first message, not at every start.
 */
export async function parseMail(raw: Buffer): Promise<IncomingMail> {
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const sender = addresses(parsed.from)[0];
  const senderName = parsed.from?.value[0]?.name ?? '';
  return {
    messageId: parsed.messageId ?? null,
    from: sender ? { address: sender, name: senderName } : null,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: parsed.subject ?? '',
    date: parsed.date ?? null,
    text: (parsed.text?.trim() || (typeof parsed.html === 'string' ? await htmlAsText(parsed.html) : '')).trim(),
    headers: headersOf(parsed),
    inReplyTo: parsed.inReplyTo ?? null,
    references: referencesOf(parsed.references),
    attachments: parsed.attachments
      .filter((a) => !a.related)
      .map((a) => ({ fileName: a.filename ?? null, mimeType: a.contentType, content: a.content })),
  };
}
