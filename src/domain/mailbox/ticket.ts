import type { Tx } from '../../infra/db/types.js';
import type { IncomingMail } from '../../infra/mail/parse.js';
import { mailTexts } from '../../i18n/mailbox.js';
import type { Lang } from '../../understanding/contract.js';
import { sha256Hex } from '../files/receive.js';
import type { FileStore } from '../files/store.js';
import { bytesPerMb } from '../limits/attachments.js';
import { createTicket } from '../tickets/service.js';

/** Past this many characters the text of an e-mail is cut on the ticket (a forwarded archive, a log). */
const MAX_TEXT_CHARS = 100_000;

const nameOf = (from: IncomingMail['from']): string =>
  from ? (from.name ? `${from.name} <${from.address}>` : from.address) : '?';

/** What the desk reads on the ticket: the headers that matter, the text, and which files were too large to keep. */
function ticketDetails(mail: IncomingMail, notKept: string[], lang: Lang, maxBytes: number): string {
  const head = [
    `From: ${nameOf(mail.from)}`,
    `To: ${mail.to.join(', ')}`,
    ...(mail.cc.length ? [`Cc: ${mail.cc.join(', ')}`] : []),
    `Subject: ${mail.subject || mailTexts[lang].noSubject}`,
    ...(mail.date ? [`Date: ${mail.date.toISOString()}`] : []),
  ];
  const text = mail.text.length > MAX_TEXT_CHARS ? `${mail.text.slice(0, MAX_TEXT_CHARS)}…` : mail.text;
  const files = notKept.length
    ? [mailTexts[lang].filesNotKept({ names: notKept.join(', '), mb: Math.floor(maxBytes / bytesPerMb) })]
    : [];
  return [head.join('\n'), text, ...files].filter((part) => part !== '').join('\n\n');
}

/** The attachment's kind as the desk shows it: pictures as photos, everything else as documents. */
const kindOf = (mimeType: string) => (mimeType.startsWith('image/') ? 'photo' : 'document');

/**
 * An e-mail that needs an answer becomes a ticket for the desk (category email) with its text
 * and its attachments kept through the FileStore; one over MAX_ATTACHMENT_MB is not kept, and
 * the ticket says so. Returns the ticket's id.
 */
export async function createMailTicket(
  tx: Tx,
  deps: { files: { store: FileStore; maxBytes: number }; clock: () => Date; deskLang: Lang },
  clientId: string,
  mail: IncomingMail,
): Promise<string> {
  const { maxBytes, store } = deps.files;
  const kept = mail.attachments.filter((a) => a.content.length <= maxBytes);
  const notKept = mail.attachments.filter((a) => a.content.length > maxBytes).map((a) => a.fileName ?? a.mimeType);
  const ticket = await createTicket(tx, {
    clientId,
    summary: mailTexts[deps.deskLang].ticketSummary({
      from: mail.from?.name || mail.from?.address || '?',
      subject: mail.subject || mailTexts[deps.deskLang].noSubject,
    }),
    details: ticketDetails(mail, notKept, deps.deskLang, maxBytes),
    category: 'email',
    now: deps.clock(),
  });
  const now = deps.clock();
  for (const [index, file] of kept.entries()) {
    const row = await tx.attachment.create({
      data: {
        clientId,
        ticketId: ticket.id,
        kind: kindOf(file.mimeType),
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.content.length,
        sha256: sha256Hex(file.content),
        storedAt: now,
        // where the bytes came from (an attachment needs a source or a key): the e-mail and the part
        storageKey: `email:${mail.messageId ?? '-'}#${index + 1}`,
      },
      select: { id: true },
    });
    await store.put(tx, row.id, file.content);
  }
  return ticket.id;
}
