import { imapClient, smtpTransport, type MailServers } from './connection.js';

/** A reply as it goes out: addresses, threading headers, text and files. */
export interface OutgoingMail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  /** with angle brackets */
  messageId: string;
  inReplyTo: string;
  references: string[];
  text: string;
  date: Date;
  attachments: { fileName: string; mimeType: string; content: Buffer }[];
}

/** The message as RFC 5322 bytes: the same bytes go out by SMTP and into the Sent folder. */
export async function composeMail(mail: OutgoingMail): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
  const composer = new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    text: mail.text,
    date: mail.date,
    attachments: mail.attachments.map((a) => ({ filename: a.fileName, contentType: a.mimeType, content: a.content })),
  });
  return composer.compile().build();
}

/** Sends the composed bytes through the mailbox's SMTP server, as its user. */
export async function sendRaw(
  servers: MailServers,
  envelope: { from: string; to: string },
  raw: Buffer,
): Promise<void> {
  const transport = await smtpTransport(servers);
  try {
    await transport.sendMail({ envelope, raw });
  } finally {
    transport.close();
  }
}

/** Appends the sent message to the mailbox's Sent folder (IMAP APPEND), marked as read. */
export async function appendToFolder(servers: MailServers, folder: string, raw: Buffer, date: Date): Promise<void> {
  const imap = await imapClient(servers, { disableAutoIdle: true });
  imap.on('error', () => undefined);
  await imap.connect();
  try {
    await imap.append(folder, raw, ['\\Seen'], date);
  } finally {
    await imap.logout().catch(() => imap.close());
  }
}
