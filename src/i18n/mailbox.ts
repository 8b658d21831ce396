import type { MailFailure, MailFailureStage } from '../infra/mail/connection.js';
import type { Lang } from '../understanding/contract.js';

type StageWords = Record<MailFailureStage, (p: { server: string; user: string }) => string>;

const stagesEn: StageWords = {
  dns: (p) => `The server ${p.server} cannot be found (DNS): check the server name.`,
  connect: (p) =>
    `The IMAP server ${p.server} does not answer: check the port and that the server accepts connections.`,
  tls: (p) =>
    `The secure connection (TLS) with ${p.server} fails: check the port and the TLS choice (993 and 465 TLS, 143 and 587 STARTTLS).`,
  login: (p) =>
    `The IMAP server refused the login of ${p.user}: check user and password (Gmail and Outlook need an app password).`,
  folder: (p) => `Logged in to ${p.server}, but the INBOX folder does not open.`,
  smtp_connect: (p) => `The SMTP server ${p.server} does not answer: check the SMTP host and port.`,
  smtp_login: (p) =>
    `The SMTP server ${p.server} refused the login of ${p.user}: check user and password for sending mail.`,
};

const stagesIt: StageWords = {
  dns: (p) => `Il server ${p.server} non si trova (DNS): controlla il nome del server.`,
  connect: (p) => `Il server IMAP ${p.server} non risponde: controlla la porta e che il server accetti connessioni.`,
  tls: (p) =>
    `La connessione sicura (TLS) con ${p.server} non riesce: controlla la porta e la scelta TLS (993 e 465 TLS, 143 e 587 STARTTLS).`,
  login: (p) =>
    `Il server IMAP ha rifiutato l'accesso di ${p.user}: controlla utente e password (Gmail e Outlook vogliono una password per le app).`,
  folder: (p) => `Accesso a ${p.server} riuscito, ma la cartella INBOX non si apre.`,
  smtp_connect: (p) => `Il server SMTP ${p.server} non risponde: controlla host e porta SMTP.`,
  smtp_login: (p) =>
    `Il server SMTP ${p.server} ha rifiutato l'accesso di ${p.user}: controlla utente e password per l'invio.`,
};

const serverSaysWords: Record<Lang, (detail: string) => string> = {
  en: (detail) => ` The server said: "${detail}".`,
  it: (detail) => ` Il server ha risposto: «${detail}».`,
};

/** A failed connection test in one line, in the reader's language: what failed, what to check, the server's words. */
export function mailFailureText(lang: Lang, failure: MailFailure, user: string): string {
  const stages = lang === 'it' ? stagesIt : stagesEn;
  return `${stages[failure.stage]({ server: failure.server, user })}${serverSaysWords[lang](failure.detail)}`;
}

/** The mailbox's texts that reach the client (an important e-mail) and the desk. */
export const mailTexts = {
  en: {
    importantMail: (p: { from: string; subject: string; snippet: string }) =>
      `Important e-mail from ${p.from}: "${p.subject}"${p.snippet ? `\n${p.snippet}` : ''}`,
    importantLine: (p: { n: number; at: string; from: string; subject: string }) =>
      `${p.n}. ${p.at}, e-mail from ${p.from}: "${p.subject}"`,
    ticketSummary: (p: { from: string; subject: string }) => `E-mail from ${p.from}: ${p.subject}`,
    filesNotKept: (p: { names: string; mb: number }) => `Attachments not kept (over ${p.mb} MB): ${p.names}.`,
    noSubject: '(no subject)',
    mailboxFailing: (p: { user: string; since: string; error: string }) =>
      `Your mailbox ${p.user} cannot be read since ${p.since}, so new e-mail is not reaching the office. The reason: ${p.error} If you changed its password, tell the office the new one (or an app password).`,
    failingTicket: (p: { user: string }) => `Mailbox ${p.user} not read for an hour`,
    failingDetails: (p: { user: string; since: string; error: string }) =>
      `The mailbox ${p.user} fails since ${p.since}: ${p.error}\nThe client was told. Fix the settings on the client's page in the back-office.`,
  },
  it: {
    importantMail: (p: { from: string; subject: string; snippet: string }) =>
      `Email importante da ${p.from}: "${p.subject}"${p.snippet ? `\n${p.snippet}` : ''}`,
    importantLine: (p: { n: number; at: string; from: string; subject: string }) =>
      `${p.n}. ${p.at}, email da ${p.from}: "${p.subject}"`,
    ticketSummary: (p: { from: string; subject: string }) => `Email da ${p.from}: ${p.subject}`,
    filesNotKept: (p: { names: string; mb: number }) => `Allegati non conservati (oltre ${p.mb} MB): ${p.names}.`,
    noSubject: '(senza oggetto)',
    mailboxFailing: (p: { user: string; since: string; error: string }) =>
      `La tua casella ${p.user} non si riesce a leggere da ${p.since}, quindi le nuove email non arrivano all'ufficio. Il motivo: ${p.error} Se hai cambiato la password, comunica all'ufficio quella nuova (o una password per le app).`,
    failingTicket: (p: { user: string }) => `Casella ${p.user} non letta da un'ora`,
    failingDetails: (p: { user: string; since: string; error: string }) =>
      `La casella ${p.user} non funziona da ${p.since}: ${p.error}\nIl cliente è stato avvisato. Correggi le impostazioni nella pagina del cliente nel back-office.`,
  },
} as const satisfies Record<Lang, unknown>;
